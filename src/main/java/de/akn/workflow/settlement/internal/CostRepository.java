package de.akn.workflow.settlement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CostRepository extends JpaRepository<MeasureCost, Long> {

    /** The costs of a measure that are not cancelled, by date. */
    List<MeasureCost> findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(Long measureId);

    Optional<MeasureCost> findByIdAndMeasureId(Long id, Long measureId);
}
