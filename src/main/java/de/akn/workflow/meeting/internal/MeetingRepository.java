package de.akn.workflow.meeting.internal;

import de.akn.workflow.meeting.Meeting;
import de.akn.workflow.meeting.MeetingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @EntityGraph(attributePaths = "agenda")
    List<Meeting> findAllByOrderByDateDesc();

    @EntityGraph(attributePaths = "agenda")
    Optional<Meeting> findWithAgendaById(Long id);

    boolean existsByDate(LocalDate date);

    Optional<Meeting> findByProcessInstanceId(String processInstanceId);

    Optional<Meeting> findByDate(LocalDate date);

    /** The last meeting planned (the chair rotation goes on from its chair). */
    Optional<Meeting> findFirstByOrderByIdDesc();

    /** The last meeting held before a day (its minutes are approved at the next one). */
    Optional<Meeting> findFirstByStatusAndDateBeforeOrderByDateDesc(MeetingStatus status, LocalDate before);

    boolean existsByDateGreaterThanEqualAndStatusNot(LocalDate from, MeetingStatus status);
}
