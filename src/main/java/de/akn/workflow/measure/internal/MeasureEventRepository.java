package de.akn.workflow.measure.internal;

import de.akn.workflow.measure.MeasureEvent;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureEventRepository extends JpaRepository<MeasureEvent, Long> {

    List<MeasureEvent> findByMeasureIdOrderByAtAscIdAsc(Long measureId);
}
