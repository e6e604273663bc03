package de.akn.workflow.measure.internal;

import de.akn.workflow.measure.MeasureEvent;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureEventRepository extends JpaRepository<MeasureEvent, Long> {

    List<MeasureEvent> findByMeasureIdOrderByAtAscIdAsc(Long measureId);

    /** Who recorded events of these types on the measure. */
    @Query("select distinct e.actor from MeasureEvent e where e.measureId = :measureId and e.type in :types")
    List<String> actors(@Param("measureId") Long measureId, @Param("types") Collection<String> types);
}
