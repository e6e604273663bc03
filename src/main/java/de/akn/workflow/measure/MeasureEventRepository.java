package de.akn.workflow.measure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureEventRepository extends JpaRepository<MeasureEvent, Long> {

    List<MeasureEvent> findByMeasureIdOrderByAtAscIdAsc(Long measureId);
}
