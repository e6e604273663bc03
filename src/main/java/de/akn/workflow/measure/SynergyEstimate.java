package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the alliance saves by doing a measure together instead of each signer alone — an
 * estimate (DESIGN.md): saved = n × joint cost × standalone factor − joint cost, staff days alike.
 *
 * @param signers n, the number of members that carry the measure
 */
public record SynergyEstimate(BigDecimal moneySavedEur, BigDecimal staffDaysSaved, int signers) {

    public static SynergyEstimate of(BigDecimal costEur, BigDecimal staffDays, int signers, BigDecimal factor) {
        return new SynergyEstimate(saved(costEur, signers, factor).setScale(2, RoundingMode.HALF_UP),
                saved(staffDays, signers, factor).setScale(1, RoundingMode.HALF_UP), signers);
    }

    private static BigDecimal saved(BigDecimal joint, int signers, BigDecimal factor) {
        BigDecimal base = joint == null ? BigDecimal.ZERO : joint;
        return base.multiply(BigDecimal.valueOf(signers)).multiply(factor).subtract(base);
    }
}
