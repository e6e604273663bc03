package de.akn.workflow.absence.internal;

import de.akn.workflow.absence.Absence;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

    /** The absences of a user that have not ended before {@code day}. */
    @Query("select a from Absence a where a.userId = :userId and a.endsOn >= :day order by a.startsOn")
    List<Absence> findCurrentAndComing(String userId, LocalDate day);

    /** Absences that cover {@code day}. */
    @Query("select a from Absence a where a.startsOn <= :day and a.endsOn >= :day order by a.userId")
    List<Absence> findCovering(LocalDate day);

    /** Absences not ended before {@code day}, in order of their start. */
    @Query("select a from Absence a where a.endsOn >= :day order by a.startsOn, a.userId")
    List<Absence> findNotEndedBefore(LocalDate day);
}
