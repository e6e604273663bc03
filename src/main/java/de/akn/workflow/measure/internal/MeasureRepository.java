package de.akn.workflow.measure.internal;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    /** Locks the measure's row until the end of the transaction (H2 and PostgreSQL alike). */
    @Query(value = "select id from akn_measure where id = :id for update", nativeQuery = true)
    Long lockRow(@Param("id") Long id);

    @EntityGraph(attributePaths = "participations")
    Optional<Measure> findByReference(String reference);

    @EntityGraph(attributePaths = "participations")
    @Query("""
            select distinct m from Measure m
            where (:status is null or m.status = :status)
              and (:member is null or exists (
                    select p from Participation p where p.measure = m and p.memberId = :member))
              and (:allMembers = true or exists (
                    select p from Participation p where p.measure = m and p.memberId in :visibleMembers))
            order by m.id""")
    List<Measure> search(@Param("status") MeasureStatus status, @Param("member") String member,
            @Param("allMembers") boolean allMembers, @Param("visibleMembers") Collection<String> visibleMembers);
}
