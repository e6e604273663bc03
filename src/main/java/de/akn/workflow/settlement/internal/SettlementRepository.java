package de.akn.workflow.settlement.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

    /** The settlement of a measure that must be open by now (a process step after the opening). */
    default Settlement require(Long measureId) {
        return findById(measureId).orElseThrow(() -> new IllegalStateException(
                "No settlement for measure " + measureId));
    }
}
