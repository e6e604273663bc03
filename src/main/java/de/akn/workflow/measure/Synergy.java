package de.akn.workflow.measure;

import de.akn.workflow.common.AllianceProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The synergy estimate of a measure with the configured standalone factor. */
@Component
public class Synergy {

    private final AllianceProperties properties;

    Synergy(AllianceProperties properties) {
        this.properties = properties;
    }

    /** For an adopted or completed measure: among its signers; otherwise none. */
    public Optional<SynergyEstimate> of(Measure measure) {
        if (measure.getStatus() != MeasureStatus.ADOPTED && measure.getStatus() != MeasureStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(estimate(measure, measure.signers().size()));
    }

    /** Before the decision: if every invited member co-signs. */
    public SynergyEstimate prospective(Measure measure) {
        return estimate(measure, measure.getParticipations().size());
    }

    public SynergyEstimate estimate(Measure measure, int signers) {
        return SynergyEstimate.of(measure.getEstimatedCostEur(), measure.getEstimatedStaffDays(), signers,
                properties.synergy().standaloneFactor());
    }
}
