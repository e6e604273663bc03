package de.akn.workflow.settlement;

import static de.akn.workflow.settlement.CostCommands.DATE;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who records costs and funding received, and when: the measure visible to the caller, JOINT the lead member,
 * LOCAL each signer for its own part, from adoption until the last final report is accepted.
 */
@Component
class CostRules {

    static final String SETTLEMENT = "settlement";

    private final MeasureService measures;
    private final MemberService members;
    private final SettlementRepository settlements;

    CostRules(MeasureService measures, MemberService members, SettlementRepository settlements) {
        this.measures = measures;
        this.members = members;
        this.settlements = settlements;
    }

    /** The measure, if the caller may read it (others: 404 as for the measure). */
    Measure visible(String reference, Viewer viewer) {
        return measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("settlement.measure.unknown")));
    }

    /** The member the caller records for: JOINT the lead member, LOCAL the caller's own signer town. */
    String payer(Measure measure, Viewer viewer) {
        if (measure.getImplementation() == Implementation.JOINT) {
            if (!viewer.members().contains(measure.getLeadMember())) {
                throw new ForbiddenProblem(Texts.text("settlement.cost.forbidden-joint", "lead", leadName(measure)));
            }
            return measure.getLeadMember();
        }
        return measure.signers().stream().map(Participation::getMemberId).filter(viewer.members()::contains)
                .findFirst().orElseThrow(() -> new ForbiddenProblem(Texts.text("settlement.cost.forbidden-local")));
    }

    /** Funding received is recorded (and cancelled) by the lead member: it applied for the funding. */
    void checkLead(Measure measure, Viewer viewer) {
        if (!viewer.members().contains(measure.getLeadMember())) {
            throw new ForbiddenProblem(Texts.text("settlement.funding-payment.forbidden", "lead", leadName(measure)));
        }
    }

    /**
     * Costs are recorded (and cancelled) from adoption until the last final report is accepted; then the
     * settlement opens with what is there.
     */
    void open(Measure measure, Map<String, String> errors) {
        Optional<Settlement> settlement = settlements.findById(measure.getId());
        if (settlement.isPresent()) {
            errors.put(SETTLEMENT, Texts.text(settlement.get().getStatus() == Settlement.Status.SETTLED
                    ? "settlement.cost.settled" : "settlement.cost.settlement-open"));
        } else if (measure.getStatus() == MeasureStatus.COMPLETED) {
            errors.put(SETTLEMENT, Texts.text("settlement.cost.completed"));
        } else if (measure.getStatus() != MeasureStatus.ADOPTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("settlement.cost.not-adopted"));
        }
    }

    /** A cost's day lies from the measure's start until today (final invoices often come after its end). */
    static void checkPeriod(LocalDate date, Measure measure, Map<String, String> errors) {
        if (date == null) {
            return;
        }
        if (date.isBefore(measure.getPlannedStart())) {
            errors.put(DATE, Texts.text("settlement.cost.before-start", "date", GermanFormat.date(date), "start",
                    GermanFormat.date(measure.getPlannedStart())));
        } else if (date.isAfter(Dates.today())) {
            errors.put(DATE, Texts.text("settlement.cost.date-future"));
        }
    }

    private String leadName(Measure measure) {
        return members.find(measure.getLeadMember()).map(m -> m.nominative(false)).orElse(measure.getLeadMember());
    }
}
