package de.akn.workflow.settlement;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens {@code measure-settlement} after the final reports are accepted: the net actual cost split by the
 * measure's key, each signer's outlay, the transfers through the lead member ({@link SettlementSplit}).
 */
@Service
public class SettlementOpening {

    private final SettlementRepository settlements;
    private final Costs costs;
    private final MeasureService measures;
    private final CosigningService cosigning;
    private final SettlementMails mails;
    private final SettlementBankAccounts bankAccounts;
    private final SettlementDeadlines deadlines;
    private final Clock clock;

    SettlementOpening(SettlementRepository settlements, Costs costs, MeasureService measures,
            CosigningService cosigning, SettlementMails mails, SettlementBankAccounts bankAccounts,
            SettlementDeadlines deadlines, Optional<Clock> clock) {
        this.settlements = settlements;
        this.costs = costs;
        this.measures = measures;
        this.cosigning = cosigning;
        this.mails = mails;
        this.bankAccounts = bankAccounts;
        this.deadlines = deadlines;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Opens the settlement: the net actual cost (costs less funding received) split among the signers by the
     * measure's key, each signer's outlay, and the transfers through the lead member; everyone is told.
     * Without any recorded cost or funding there is nothing to settle (and the synergy stays an estimate).
     *
     * @return whether a settlement was opened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean open(Long measureId) {
        // one after the other with a cost being recorded; entered again (a retry, a Cockpit move): the same
        Measure measure = measures.lock(measures.get(measureId));
        if (settlements.existsById(measureId)) {
            return true;
        }
        BigDecimal actual = costs.actualCost(measureId);
        BigDecimal received = costs.fundingReceived(measureId);
        if (actual.signum() == 0 && received.signum() == 0) {
            measures.record(measure, "system", MeasureEventType.NOTHING_TO_SETTLE, EventDetail.of(
                    "event.settlement.nothing"));
            return false;
        }
        BigDecimal net = actual.subtract(received).max(BigDecimal.ZERO.setScale(2));
        // funding above the actual cost is the lead member's to pay back to the funder, not the others' gain
        BigDecimal surplus = received.subtract(actual).max(BigDecimal.ZERO);
        Map<String, BigDecimal> owed = cosigning.splitAmongSigners(measureId, net);
        Map<String, BigDecimal> outlays = costs.outlays(measureId);
        outlays.merge(measure.getLeadMember(), surplus, BigDecimal::add);
        var settlement = new Settlement(measureId, actual, received, net, clock.instant());
        var positions = new ArrayList<SettlementSplit.Position>();
        for (Participation signer : measure.signers()) {
            BigDecimal share = owed.getOrDefault(signer.getMemberId(), BigDecimal.ZERO.setScale(2));
            BigDecimal outlay = outlays.getOrDefault(signer.getMemberId(), BigDecimal.ZERO).setScale(2);
            settlement.addShare(signer.getMemberId(), share, outlay, signer.getCostCeilingEur());
            positions.add(new SettlementSplit.Position(signer.getMemberId(), share, outlay));
        }
        int number = 1;
        for (var transfer : SettlementSplit.transfers(measure.getLeadMember(), positions)) {
            settlement.addTransfer(transfer.payer(), transfer.payee(), transfer.amountEur(),
                    String.format("%s-%02d", measure.getReference(), number++), bankAccounts.of(transfer.payee()));
        }
        settlements.saveAndFlush(settlement);
        measures.record(measure, "system", MeasureEventType.SETTLEMENT_OPENED, EventDetail.of("event.settlement.opened",
                "actual", GermanFormat.money(actual), "received", GermanFormat.money(received), "net",
                GermanFormat.money(net)));
        mails.opened(measure, settlement, deadlines.due(settlement));
        return true;
    }
}
