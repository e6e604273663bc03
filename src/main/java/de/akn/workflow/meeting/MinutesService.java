package de.akn.workflow.meeting;

import static de.akn.workflow.meeting.MeetingProcess.*;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.meeting.internal.ActionItemRepository;
import de.akn.workflow.member.LeavingMemberTasks;
import de.akn.workflow.member.MemberLeft;
import de.akn.workflow.member.MemberService;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a meeting: the chair's town records the minutes and the action items, each action item becomes a
 * task of its town ({@code action-item}) that is done with a short result, and the minutes go to everyone.
 */
@Service
public class MinutesService {

    private static final Logger log = LoggerFactory.getLogger(MinutesService.class);

    private final MeetingService meetings;
    private final ActionItemRepository actionItems;
    private final MeetingDocuments documents;
    private final MeetingMails mails;
    private final MemberService members;
    private final RuntimeService runtimeService;
    private final LeavingMemberTasks leavingTasks;
    private final MeetingProperties config;

    MinutesService(MeetingService meetings, ActionItemRepository actionItems, MeetingDocuments documents,
            MeetingMails mails, MemberService members, RuntimeService runtimeService,
            LeavingMemberTasks leavingTasks, MeetingProperties properties) {
        this.leavingTasks = leavingTasks;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.documents = documents;
        this.mails = mails;
        this.members = members;
        this.runtimeService = runtimeService;
        this.config = properties;
    }

    /** Whether an action item can go to this member: an active member, not the partner. */
    public boolean mayTakeActionItems(String memberId) {
        return members.find(memberId).filter(m -> m.isActive() && m.getKind() != MemberKind.PARTNER).isPresent();
    }

    /**
     * {@code Task_RecordMinutes} completed: the minutes and the action items ({@link Minutes#read}, with
     * {@link #mayTakeActionItems}) are kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Minutes recordMinutes(String processInstanceId, Minutes minutes, String by) {
        Meeting meeting = meetings.byProcessInstance(processInstanceId);
        Long meetingId = meeting.getId();
        meeting.recordMinutes(minutes.text(), by, ClockUtil.getCurrentTime().toInstant());
        for (var item : minutes.actionItems()) {
            actionItems.save(new ActionItem(meetingId, item.title(), item.member(), item.due()));
        }
        return minutes;
    }

    /** Each action item becomes a task of its member ({@code action-item}); the minutes (PDF) go to everyone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void distributeMinutes(Long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        List<ActionItem> items = actionItems.findByMeetingIdOrderById(meetingId);
        for (ActionItem item : items) {
            if (item.getProcessInstanceId() == null) {
                var variables = new HashMap<String, Object>();
                variables.put(ACTION_ITEM_ID, item.getId());
                variables.put(ACTION_TITLE, item.getTitle());
                variables.put(ACTION_MEMBER, item.getMemberId());
                variables.put(ACTION_DUE, Dates.at(item.getDue(), LocalTime.of(23, 59)));
                variables.put(ACTION_DUE_TEXT, GermanFormat.date(item.getDue()));
                variables.put(MEETING_LABEL, meeting.label());
                variables.put(ACTION_MEMBER_NAME, members.nameOf(item.getMemberId()));
                item.attachProcess(runtimeService.startProcessInstanceByKey(ACTION_ITEM_PROCESS_KEY, variables).getId());
            }
        }
        mails.minutes(meeting, items, documents.minutes(meeting, items), ChairRotation.next(config.chairRotation(),
                meeting.getChair(), meetings::isActiveMember));
    }

    /** {@code Task_ActionItem} completed: what was done is required; the item is DONE. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ActionItem completeActionItem(String processInstanceId, String text, String by) {
        if (text == null) {
            throw ValidationProblem.of(ACTION_RESULT, Texts.text("meeting.action.result-missing"));
        }
        if (text.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(ACTION_RESULT, TextLimits.tooLong(Texts.text("meeting.action.result-what")));
        }
        ActionItem item = actionItems.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new IllegalStateException("No action item for process instance " + processInstanceId));
        item.done(text, by, ClockUtil.getCurrentTime().toInstant());
        return item;
    }

    /**
     * A town left the alliance: its open action items end with the note of its withdrawal (they are DONE on
     * their meetings and no longer on the next agenda).
     *
     * @return how many action items were ended
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int memberLeft(String memberId, String reason) {
        return leavingTasks.complete(ACTION_ITEM_PROCESS_KEY, memberId, taskKey -> Map.of(ACTION_RESULT, reason));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void left(MemberLeft event) {
        int ended = memberLeft(event.memberId(), event.reason());
        log.info("Member {} left: {} action items ended", event.memberId(), ended);
    }
}
