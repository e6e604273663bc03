package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the alliance saves by doing a measure together instead of each signer alone (DESIGN.md). Until the
 * settlement an estimate: saved = n × joint cost × standalone factor − joint cost, staff days alike. After
 * it, measured: the sum of what each signer would have spent alone (its own figure, else the factor's
 * share of the planned cost) less the net actual cost; staff days stay estimated.
 *
 * @param signers n, the number of members that carry the measure
 */
public record SynergyEstimate(BigDecimal moneySavedEur, BigDecimal staffDaysSaved, int signers,
        SynergyMethod method) {

    public SynergyEstimate(BigDecimal moneySavedEur, BigDecimal staffDaysSaved, int signers) {
        this(moneySavedEur, staffDaysSaved, signers, SynergyMethod.ESTIMATE);
    }

    public static SynergyEstimate of(BigDecimal costEur, BigDecimal staffDays, int signers, BigDecimal factor) {
        return new SynergyEstimate(saved(costEur, signers, factor).setScale(2, RoundingMode.HALF_UP),
                saved(staffDays, signers, factor).setScale(1, RoundingMode.HALF_UP), signers);
    }

    /**
     * Measured: what each signer would have spent alone ({@code standaloneCosts}, one per signer; a missing
     * figure counts as the standalone factor's share of the planned cost) less what the signers bore together.
     */
    public static SynergyEstimate measured(List<BigDecimal> standaloneCosts, BigDecimal plannedCost,
            BigDecimal netActualCost, BigDecimal staffDays, BigDecimal factor) {
        BigDecimal standalone = standaloneCosts.stream().map(s -> s != null ? s : plannedCost.multiply(factor))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int signers = standaloneCosts.size();
        return new SynergyEstimate(standalone.subtract(netActualCost).setScale(2, RoundingMode.HALF_UP),
                saved(staffDays, signers, factor).setScale(1, RoundingMode.HALF_UP), signers, SynergyMethod.MEASURED);
    }

    /** A settled measure's synergy: the money saved as measured at the settlement, staff days estimated. */
    public static SynergyEstimate settled(BigDecimal moneySavedEur, BigDecimal staffDays, int signers,
            BigDecimal factor) {
        return new SynergyEstimate(moneySavedEur, saved(staffDays, signers, factor).setScale(1, RoundingMode.HALF_UP),
                signers, SynergyMethod.MEASURED);
    }

    private static BigDecimal saved(BigDecimal joint, int signers, BigDecimal factor) {
        BigDecimal base = joint == null ? BigDecimal.ZERO : joint;
        return base.multiply(BigDecimal.valueOf(signers)).multiply(factor).subtract(base);
    }
}
