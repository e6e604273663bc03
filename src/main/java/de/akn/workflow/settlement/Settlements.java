package de.akn.workflow.settlement;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.settlement.SettlementView.TransferView;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The course of {@code measure-settlement} once opened ({@link SettlementOpening}): overruns above a ceiling
 * confirmed first, each transfer confirmed by its payer ({@link SettlementConfirmations}), then SETTLED — and
 * the synergy measured. The process reads its collections here ({@code ${settlements.overrunMembers(…)}}).
 */
@Service
public class Settlements {

    private final SettlementRepository settlements;
    private final MeasureService measures;
    private final Synergy synergy;
    private final SettlementMails mails;
    private final SettlementDeadlines deadlines;
    private final Clock clock;

    Settlements(SettlementRepository settlements, MeasureService measures, Synergy synergy, SettlementMails mails,
            SettlementDeadlines deadlines, Optional<Clock> clock) {
        this.settlements = settlements;
        this.measures = measures;
        this.synergy = synergy;
        this.mails = mails;
        this.deadlines = deadlines;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The signers owing more than their ceiling (the overrun round's collection). */
    @Transactional(readOnly = true)
    public List<String> overrunMembers(Long measureId) {
        return settlements.require(measureId).getShares().stream().filter(SettlementShare::isOverrun)
                .map(SettlementShare::getMember).toList();
    }

    /** When overruns and payments are due: the period after the settlement opened, in the morning. */
    @Transactional(readOnly = true)
    public Date due(Long measureId) {
        return deadlines.due(settlements.require(measureId));
    }

    /** The transfers not yet paid (the payment round's collection). */
    @Transactional(readOnly = true)
    public List<Long> openTransfers(Long measureId) {
        return settlements.require(measureId).getTransfers().stream().filter(t -> !t.isPaid())
                .map(SettlementTransfer::getId).toList();
    }

    /** The payer of a transfer (its group confirms the payment). */
    @Transactional(readOnly = true)
    public TransferView transfer(Long measureId, Long transferId) {
        return TransferView.of(settlements.require(measureId).transfer(transferId).orElseThrow());
    }

    /**
     * The payments are requested (every overrun is confirmed): due a payment period from today, the same day
     * for every payer — also when the round is entered again after a retry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Date requestPayments(Long measureId) {
        return deadlines.requestPayments(settlements.require(measureId));
    }

    /** Every transfer is paid: SETTLED, the actual figures on the measure (its synergy is measured now). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(Long measureId) {
        Settlement settlement = settlements.require(measureId);
        if (settlement.getStatus() != Settlement.Status.OPEN || !settlement.allPaid()) {
            // only a manual move in Cockpit gets here early: an incident rather than a false SETTLED
            throw new IllegalStateException("Settlement of measure " + measureId + " is not open or not all paid");
        }
        settlement.settle(clock.instant());
        SynergyEstimate saved = synergy.measured(measures.get(measureId), settlement.getNetActualCostEur());
        Measure measure = measures.settled(measureId, settlement.getActualCostEur(),
                settlement.getFundingReceivedEur(), settlement.getNetActualCostEur(), saved.moneySavedEur(),
                EventDetail.of("event.settlement.settled", "net", GermanFormat.money(settlement.getNetActualCostEur())));
        mails.settled(measure, settlement, saved);
    }

    /** The settlement of a measure the caller may read; 404 before it is opened. */
    @Transactional(readOnly = true)
    public SettlementView view(String reference, Viewer viewer) {
        Measure measure = measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.measure.unknown")));
        return find(measure.getId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("settlement.not-yet")));
    }

    /** The settlement of a measure, if opened. */
    @Transactional(readOnly = true)
    public Optional<SettlementView> find(Long measureId) {
        return settlements.findById(measureId).map(SettlementView::of);
    }
}
