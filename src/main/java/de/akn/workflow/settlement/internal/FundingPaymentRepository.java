package de.akn.workflow.settlement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingPaymentRepository extends JpaRepository<FundingPayment, Long> {

    /** The funding received for a measure and not cancelled, by date. */
    List<FundingPayment> findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(Long measureId);

    Optional<FundingPayment> findByIdAndMeasureId(Long id, Long measureId);
}
