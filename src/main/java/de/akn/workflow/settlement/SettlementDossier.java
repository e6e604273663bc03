package de.akn.workflow.settlement;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import de.akn.workflow.measure.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The money after adoption in the measure resource: {@code costs}, {@code fundingPayments} and, once opened,
 * the {@code settlement}.
 */
@Component
class SettlementDossier implements MeasureDossierPart {

    private final Costs costs;
    private final FundingReceipts receipts;
    private final Settlements settlements;

    SettlementDossier(Costs costs, FundingReceipts receipts, Settlements settlements) {
        this.costs = costs;
        this.receipts = receipts;
        this.settlements = settlements;
    }

    @Override
    public Map<String, Object> partsOf(Measure measure) {
        var parts = new LinkedHashMap<String, Object>();
        var all = new Viewer("dossier", true, List.of());
        var recorded = costs.costs(measure.getReference(), all);
        if (!recorded.isEmpty()) {
            parts.put("costs", recorded);
        }
        var payments = receipts.fundingPayments(measure.getReference(), all);
        if (!payments.isEmpty()) {
            parts.put("fundingPayments", payments);
        }
        settlements.find(measure.getId()).ifPresent(settlement -> parts.put("settlement", settlement));
        return parts;
    }
}
