package de.akn.workflow.meeting;

import static de.akn.workflow.meeting.MeetingProcess.*;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.meeting.internal.ActionItemRepository;
import de.akn.workflow.meeting.internal.MeetingRepository;
import de.akn.workflow.member.MemberService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code alliance-meeting}: a meeting is planned (by the coordinator or the schedule) with the
 * next chair, its agenda proposed and confirmed, everyone invited, the minutes and action items recorded
 * and sent. Checks give German messages per field; nothing is stored when one fails.
 */
@Service
public class MeetingService {

    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

    private final MeetingRepository meetings;
    private final ActionItemRepository actionItems;
    private final AgendaProposals proposals;
    private final MeetingDocuments documents;
    private final MeetingMails mails;
    private final MemberService members;
    private final RuntimeService runtimeService;
    private final MeetingProperties config;
    private final WorkingDays workingDays;

    MeetingService(MeetingRepository meetings, ActionItemRepository actionItems, AgendaProposals proposals,
            MeetingDocuments documents, MeetingMails mails, MemberService members, RuntimeService runtimeService,
            MeetingProperties properties, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.proposals = proposals;
        this.documents = documents;
        this.mails = mails;
        this.members = members;
        this.runtimeService = runtimeService;
        this.config = properties;
    }

    static String time(LocalTime time) {
        return MeetingInputs.TIME.format(time);
    }

    /** The coordinator plans a meeting ({@code POST /api/meetings}); its process starts at once. */
    @Transactional
    public Meeting plan(MeetingPlan plan, String by) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate day = plan.date();
        LocalTime start = plan.time() != null ? plan.time() : config.startTime();
        String where = plan.place();
        checkDay(day, null, "date", errors);
        ValidationProblem.throwIfAny(errors);
        Meeting meeting;
        try {
            meeting = meetings.saveAndFlush(new Meeting(day, start, where, nextChair(), by, ClockUtil.getCurrentTime()
                    .toInstant()));
        } catch (DataIntegrityViolationException e) {
            // planned on another node at the same moment (akn_meeting_date_uk)
            throw ValidationProblem.of("date", Texts.text("meeting.taken", "date", GermanFormat.date(day)));
        }
        var instance = runtimeService.startProcessInstanceByMessage(MESSAGE_PLANNED, meeting.label(),
                Map.of(MEETING_ID, meeting.getId(), MEETING_LABEL, meeting.label(), INITIATOR, by));
        meeting.attachProcess(instance.getId());
        log.info("Meeting {} on {} planned by {}, chair {}", meeting.getId(), day, by, meeting.getChair());
        return meeting;
    }

    /**
     * The schedule's start (every {@code alliance.meetings.interval}): a meeting {@code notice} ahead on the next
     * free working day — unless one is already planned, then nothing.
     *
     * @return the process variables; {@code meetingId} null if no meeting was planned
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> schedule(String processInstanceId) {
        var variables = new HashMap<String, Object>();
        LocalDate today = Dates.today();
        if (meetings.existsByDateGreaterThanEqualAndStatusNot(today, MeetingStatus.HELD)) {
            log.info("Scheduled meeting not planned: a meeting is planned already");
            variables.put(MEETING_ID, null);
            return variables;
        }
        // a working day of the town halls (no weekend, holiday or local day off) without another meeting
        LocalDate day = workingDays.onOrAfter(today.plus(config.notice()));
        while (meetings.existsByDate(day)) {
            day = workingDays.onOrAfter(day.plusDays(1));
        }
        Meeting meeting = meetings.save(new Meeting(day, config.startTime(), null, nextChair(), "system",
                ClockUtil.getCurrentTime().toInstant()));
        meeting.attachProcess(processInstanceId);
        variables.put(MEETING_ID, meeting.getId());
        variables.put(MEETING_LABEL, meeting.label());
        return variables;
    }

    /** {@code Task_PrepareAgenda} is created: the agenda is proposed from what is pending; the form's values. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> proposeAgenda(Long meetingId) {
        Meeting meeting = get(meetingId);
        meeting.proposeAgenda(proposals.propose(meeting));
        var variables = new HashMap<String, Object>();
        variables.put(MEETING_LABEL, meeting.label());
        variables.put(MEETING_DATE, GermanFormat.date(meeting.getDate()));
        variables.put(MEETING_TIME, time(meeting.getStartTime()));
        variables.put(MEETING_PLACE, meeting.getPlace());
        variables.put(AGENDA_TEXT, AgendaText.format(meeting.getAgenda()));
        variables.put(CHAIR, meeting.getChair());
        variables.put(CHAIR_NAME, members.nameOf(meeting.getChair()));
        // the invitation goes out two weeks ahead, or tomorrow for a meeting planned at short notice
        LocalDate due = meeting.getDate().minusWeeks(2);
        LocalDate today = Dates.today();
        variables.put(AGENDA_DUE, Dates.at(workingDays.onOrAfter(due.isAfter(today) ? due : today.plusDays(1)),
                LocalTime.of(18, 0)));
        return variables;
    }

    /** {@code Task_PrepareAgenda} completed ({@link AgendaConfirmation#read}): the day is checked, all is kept. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> confirmAgenda(Long meetingId, AgendaConfirmation confirmation) {
        Meeting meeting = get(meetingId);
        var errors = new LinkedHashMap<String, String>();
        LocalDate day = confirmation.date();
        LocalTime start = confirmation.time() != null ? confirmation.time() : config.startTime();
        String place = confirmation.place();
        checkDay(day, meetingId, MEETING_DATE, errors);
        List<AgendaItem> agenda = confirmation.agenda();
        ValidationProblem.throwIfAny(errors);
        meeting.invite(day, start, place, agenda, ClockUtil.getCurrentTime().toInstant());
        var variables = new HashMap<String, Object>();
        variables.put(MEETING_LABEL, meeting.label());
        variables.put(MEETING_DATE, GermanFormat.date(day));
        variables.put(MEETING_TIME, time(start));
        variables.put(MEETING_PLACE, place);
        variables.put(AGENDA_TEXT, AgendaText.format(agenda));
        variables.put(MEETING_START, Date.from(start(meeting)));
        variables.put(MINUTES_DUE, Dates.at(workingDays.onOrAfter(day.plusDays(1)), config.startTime()));
        return variables;
    }

    /** Invitations with the agenda (PDF) and the meeting ({@code .ics}) to every member and the partner. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendInvitations(Long meetingId) {
        Meeting meeting = get(meetingId);
        Instant start = start(meeting);
        mails.invitation(meeting, documents.agenda(meeting), start, start.plus(config.duration()));
    }

    @Transactional(readOnly = true)
    public List<Meeting> findAll() {
        return meetings.findAllByOrderByDateDesc();
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(Long id) {
        return meetings.findWithAgendaById(id);
    }

    @Transactional(readOnly = true)
    public List<ActionItem> actionItems(Long meetingId) {
        return actionItems.findByMeetingIdOrderById(meetingId);
    }

    /** The action items of several meetings, by meeting, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<ActionItem>> actionItems(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? Map.of() : actionItems.findByMeetingIdInOrderById(meetingIds).stream()
                .collect(Collectors.groupingBy(ActionItem::getMeetingId));
    }

    /** The chair after the last meeting planned (Dormagen first). */
    String nextChair() {
        String last = meetings.findFirstByOrderByIdDesc().map(Meeting::getChair).orElse(null);
        String next = ChairRotation.next(config.chairRotation(), last, this::isActiveMember);
        if (next == null) {
            throw new IllegalStateException(Texts.text("meeting.chair.none"));
        }
        return next;
    }

    boolean isActiveMember(String id) {
        return members.find(id).filter(m -> m.isActive()).isPresent();
    }

    Meeting byProcessInstance(String processInstanceId) {
        return meetings.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "No meeting for process instance " + processInstanceId));
    }

    Meeting get(Long id) {
        return meetings.findById(id).orElseThrow(() -> new IllegalStateException(
                Texts.text("meeting.missing", "id", id)));
    }

    private Instant start(Meeting meeting) {
        return Dates.at(meeting.getDate(), meeting.getStartTime()).toInstant();
    }

    /**
     * What speaks against holding the meeting {@code meetingId} (null: a new one) on {@code day}: not after today,
     * not a working day, or another meeting that day. The edge reads the input with it, so that a form shows this
     * together with its other problems.
     */
    public Optional<String> dayProblem(LocalDate day, Long meetingId) {
        if (!day.isAfter(Dates.today())) {
            return Optional.of(Texts.text("meeting.not-after-today", "today", GermanFormat.date(Dates.today())));
        } else if (!workingDays.isWorkingDay(day)) {
            return Optional.of(workingDays.holiday(day).map(h -> Texts.text("meeting.holiday", "date",
                    GermanFormat.date(day), "holiday", h.name())).orElse(Texts.text("meeting.weekend", "date",
                    GermanFormat.date(day))));
        } else if (meetings.findByDate(day).filter(other -> !other.getId().equals(meetingId)).isPresent()) {
            return Optional.of(Texts.text("meeting.taken", "date", GermanFormat.date(day)));
        }
        return Optional.empty();
    }

    private void checkDay(LocalDate day, Long meetingId, String field, Map<String, String> errors) {
        if (day != null) {
            dayProblem(day, meetingId).ifPresent(problem -> errors.put(field, problem));
        }
    }
}
