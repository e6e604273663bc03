package de.akn.workflow.funding;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProperties;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-funding}: the lead member applies for each planned funding by its deadline
 * (reminded 30, 7 and 1 days before) and records the decision; then the net cost and the signers' shares
 * are computed again — a lower grant or a rejection raises them, and whoever is now above its ceiling
 * confirms (the co-signing module's confirmation round).
 */
@Service
public class FundingApplications {

    /** Due dates and reminders fall on the working morning; the deadline itself is the end of the day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    /** Reminders before the application deadline, the nearest first (the model's three timers). */
    static final List<Period> REMINDERS = List.of(Period.ofDays(1), Period.ofDays(7), Period.ofDays(30));

    private final MeasureService measures;
    private final CosigningService cosigning;
    private final MemberService members;
    private final FundingMails mails;
    private final CosigningProperties cosigningSettings;

    FundingApplications(MeasureService measures, CosigningService cosigning, MemberService members,
            FundingMails mails, CosigningProperties cosigningSettings) {
        this.measures = measures;
        this.cosigning = cosigning;
        this.members = members;
        this.mails = mails;
        this.cosigningSettings = cosigningSettings;
    }

    /** The funding not yet applied for: one application each (the multi-instance's collection). */
    @Transactional(readOnly = true)
    public List<Long> planned(Long measureId) {
        return measures.get(measureId).getFunding().stream().filter(f -> f.getStatus() == FundingStatus.PLANNED)
                .map(Funding::getId).toList();
    }

    /** Whether the adopted measure waits for funding decisions before its implementation. */
    @Transactional(readOnly = true)
    public boolean hasPlanned(Long measureId) {
        return !planned(measureId).isEmpty();
    }

    /** The funding as its tasks show it. */
    @Transactional(readOnly = true)
    public Funding funding(Long measureId, Long fundingId) {
        return measures.get(measureId).funding(fundingId).orElseThrow();
    }

    /** The application deadline as the task's due date: the end of that day in the alliance's calendar. */
    @Transactional(readOnly = true)
    public Date deadline(Long measureId, Long fundingId) {
        return Dates.at(funding(measureId, fundingId).getApplicationDeadline(), END_OF_DAY);
    }

    /** The lead member is asked to apply: event, and a mail with the deadline as calendar entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding applicationRequested(Long measureId, Long fundingId, String taskId) {
        Measure measure = measures.get(measureId);
        Funding funding = measure.funding(fundingId).orElseThrow();
        measures.record(measure, "system", MeasureEventType.FUNDING_APPLICATION_REQUESTED, EventDetail.of(
                "event.funding.application-requested", "name", funding.getProgrammeName(), "deadline",
                GermanFormat.date(funding.getApplicationDeadline())));
        mails.applicationRequested(measure, funding, taskId);
        return funding;
    }

    /**
     * A reminder before the deadline: 30, 7 or 1 days before, whichever point is the latest that has been
     * reached — unless that point had passed already when the application was requested (the request named
     * the deadline) or the application is in.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(Long measureId, Long fundingId, Date requestedAt) {
        Measure measure = measures.get(measureId);
        Funding funding = measure.funding(fundingId).orElseThrow();
        LocalDate deadline = funding.getApplicationDeadline();
        var due = REMINDERS.stream().filter(p -> !Dates.today().isBefore(deadline.minus(p))).findFirst();
        if (due.isEmpty() || funding.getStatus() != FundingStatus.PLANNED || Dates.today().isAfter(deadline)) {
            return;
        }
        Date point = Dates.at(deadline.minus(due.get()), REMINDER_TIME);
        if (requestedAt != null && point.before(requestedAt)) {
            return;
        }
        mails.applicationReminder(measure, funding, due.get());
    }

    /** The lead member's application, checked by {@link FundingCommands#application}, recorded (event, APPLIED). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding recordApplication(Long measureId, Long fundingId, FundingCommands.Application command,
            String actor) {
        Funding funding = funding(measureId, fundingId);
        return measures.fundingApplied(measureId, fundingId, command.appliedOn(), actor, EventDetail.of(
                "event.funding.applied", "name", funding.getProgrammeName(), "appliedOn",
                GermanFormat.date(command.appliedOn())).withComment(command.comment()));
    }

    /** The decision, checked by {@link FundingCommands#decision}, recorded (event, status GRANTED or REJECTED). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding recordDecision(Long measureId, Long fundingId, FundingCommands.Decision command, String actor) {
        Funding funding = funding(measureId, fundingId);
        EventDetail detail = command.granted()
                ? EventDetail.of("event.funding.granted", "name", funding.getProgrammeName(), "amount",
                        GermanFormat.money(command.grantedAmountEur()), "applied",
                        GermanFormat.money(funding.getAmountEur()), "reference", command.grantReference(),
                        "decidedOn", GermanFormat.date(command.decidedOn()))
                : EventDetail.of("event.funding.rejected", "name", funding.getProgrammeName(), "decidedOn",
                        GermanFormat.date(command.decidedOn()));
        return measures.fundingDecided(measureId, fundingId, command.granted(), command.grantedAmountEur(),
                command.grantReference(), command.decidedOn(), actor, detail.withComment(command.comment()));
    }

    /**
     * Every decision is in: the net cost and the signers' shares (and shares per budget year) again, the
     * quorum, and whether a signer now above its ceiling must confirm; everyone involved is told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CosigningService.Conclusion conclude(Long measureId) {
        Measure before = measures.get(measureId);
        var previous = new LinkedHashMap<String, BigDecimal>();
        before.signers().forEach(p -> previous.put(p.getMemberId(), p.getCostShareEur()));
        var conclusion = cosigning.conclude(measureId);
        Measure measure = measures.get(measureId);
        measures.record(measure, "system", MeasureEventType.FUNDING_CONCLUDED, EventDetail.of("event.funding.concluded",
                "netCost", GermanFormat.money(measure.netCostEur()), "shares", String.join(", ", measure.signers()
                        .stream().map(p -> members.nameOf(p.getMemberId()) + " " + GermanFormat.money(
                                p.getCostShareEur())).toList())));
        mails.concluded(measure, previous, conclusion.confirmationNeeded());
        return conclusion;
    }

    /** After the funding decision too few members carry the measure: NOT_ADOPTED, everyone involved is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notAdopted(Long measureId) {
        int minSigners = cosigningSettings.minSigners();
        Measure measure = measures.changeStatus(measureId, MeasureStatus.NOT_ADOPTED, "system",
                MeasureEventType.NOT_ADOPTED, EventDetail.of("event.funding.not-adopted", "minSigners", minSigners));
        mails.notAdopted(measure, minSigners);
    }

    /** The signers' member ids. */
    static List<String> signers(Measure measure) {
        return measure.signers().stream().map(Participation::getMemberId).toList();
    }
}
