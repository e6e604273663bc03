package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The synergy estimate of a measure with the configured standalone factor. */
@Component
public class Synergy {

    private final SynergyProperties properties;

    Synergy(SynergyProperties properties) {
        this.properties = properties;
    }

    /** For an adopted or completed measure: among its signers; otherwise none. */
    public Optional<SynergyEstimate> of(Measure measure) {
        if (measure.getStatus() != MeasureStatus.ADOPTED && measure.getStatus() != MeasureStatus.COMPLETED) {
            return Optional.empty();
        }
        if (measure.isSettled()) {
            return Optional.of(settled(measure));
        }
        return Optional.of(estimate(measure, measure.signers().size()));
    }

    /**
     * At the settlement: what the signers would have spent alone (their own figures, else the factor's share of
     * the planned net cost — alone, a town would have had the funding too) less what they bore together.
     */
    public SynergyEstimate measured(Measure measure, BigDecimal netActualCostEur) {
        return SynergyEstimate.measured(measure.signers().stream().map(Participation::getStandaloneCostEur).toList(),
                measure.netCostEur(), netActualCostEur, measure.getEstimatedStaffDays(),
                properties.standaloneFactor());
    }

    /** A settled measure: its measured saving in money, staff days estimated. */
    private SynergyEstimate settled(Measure measure) {
        return SynergyEstimate.settled(measure.getMoneySavedEur(), measure.getEstimatedStaffDays(),
                measure.signers().size(), properties.standaloneFactor());
    }

    /** Before the decision: if every invited member co-signs. */
    public SynergyEstimate prospective(Measure measure) {
        return estimate(measure, measure.getParticipations().size());
    }

    public SynergyEstimate estimate(Measure measure, int signers) {
        return SynergyEstimate.of(measure.getEstimatedCostEur(), measure.getEstimatedStaffDays(), signers,
                properties.standaloneFactor());
    }
}
