package de.akn.workflow.meeting;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.EscalationProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskNames;
import de.akn.workflow.common.Texts;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.meeting.internal.ActionItemRepository;
import de.akn.workflow.meeting.internal.MeetingRepository;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import de.akn.workflow.settlement.SettlementProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The agenda proposed for a meeting, from what is pending: measures in review, open co-sign decisions
 * with their deadlines, overdue progress reports, escalated tasks and open action items — framed by
 * the opening, the last meeting's minutes and "Verschiedenes".
 */
@Component
class AgendaProposals {

    private static final Set<String> COSIGN_TASKS = Set.of(CosigningProcess.TASK_COSIGN_DECISION,
            CosigningProcess.TASK_RECORD_COUNCIL_DECISION, CosigningProcess.TASK_CONFIRM_SHARE);
    /** Listed under their own headings, not again as escalations. */
    private static final Set<String> NOT_ESCALATIONS = Set.of(CosigningProcess.TASK_COSIGN_DECISION,
            CosigningProcess.TASK_RECORD_COUNCIL_DECISION, CosigningProcess.TASK_CONFIRM_SHARE,
            ImplementationProcess.TASK_PROGRESS_REPORT, MeetingProcess.TASK_ACTION_ITEM,
            MeetingProcess.TASK_PREPARE_AGENDA, MeetingProcess.TASK_RECORD_MINUTES);

    private final MeasureService measures;
    private final MemberService members;
    private final MeetingRepository meetings;
    private final ActionItemRepository actionItems;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityDirectory directory;
    private final EscalationProperties escalation;

    AgendaProposals(MeasureService measures, MemberService members, MeetingRepository meetings,
            ActionItemRepository actionItems, TaskService taskService,
            RuntimeService runtimeService, IdentityDirectory directory,
            EscalationProperties escalation) {
        this.runtimeService = runtimeService;
        this.measures = measures;
        this.members = members;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.taskService = taskService;
        this.directory = directory;
        this.escalation = escalation;
    }

    List<AgendaItem> propose(Meeting meeting) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        var items = new ArrayList<AgendaItem>();
        items.add(new AgendaItem(Texts.text("meeting.agenda.welcome"), null));
        meetings.findFirstByStatusAndDateBeforeOrderByDateDesc(MeetingStatus.HELD, meeting.getDate())
                .ifPresent(last -> items.add(new AgendaItem(Texts.text("meeting.agenda.last-minutes",
                        "date", GermanFormat.date(last.getDate())), null)));
        var all = Viewer.of("meeting", List.of(Groups.COORDINATOR));
        for (Measure m : measures.search(MeasureStatus.IN_REVIEW, null, all)) {
            items.add(new AgendaItem(Texts.text("meeting.agenda.in-review", "title", m.getTitle()), m.getReference()));
        }
        for (Measure m : measures.search(MeasureStatus.REVISION, null, all)) {
            items.add(new AgendaItem(Texts.text("meeting.agenda.revision", "title", m.getTitle()), m.getReference()));
        }
        // only the tasks that can be on the agenda, their variables in two queries
        // (a settlement's Task_ConfirmShare confirms an overrun after the fact, not a co-signing)
        List<Task> cosign = directory.withoutAuthorization(() -> taskService.createTaskQuery().active()
                .taskDefinitionKeyIn(COSIGN_TASKS.toArray(String[]::new)).orderByTaskCreateTime().asc().list())
                .stream().filter(t -> !t.getProcessDefinitionId().startsWith(SettlementProcess.PROCESS_KEY + ":"))
                .toList();
        List<Task> overdue = directory.withoutAuthorization(() -> taskService.createTaskQuery().active()
                .dueBefore(Date.from(now)).orderByDueDate().asc().list());
        var variables = variables(cosign, overdue);
        items.addAll(openCosignDecisions(cosign, variables));
        for (Task task : overdue) {
            if (ImplementationProcess.TASK_PROGRESS_REPORT.equals(task.getTaskDefinitionKey())) {
                var vars = variables.get(task.getId());
                // the reporting town: the lead, or each signer of a measure implemented locally
                Object reporter = directory.withoutAuthorization(() -> taskService.getVariable(task.getId(), "member"));
                items.add(new AgendaItem(Texts.text("meeting.agenda.report-due", "title", vars.get("title"),
                        "member", members.nameOf(reporter instanceof String m ? m : (String) vars.get("leadMember")),
                        "due", due(task)), (String) vars.get("reference")));
            }
        }
        Instant escalated = now.minus(escalation.after());
        for (Task task : overdue) {
            if (!NOT_ESCALATIONS.contains(task.getTaskDefinitionKey())
                    && task.getDueDate().toInstant().isBefore(escalated)) {
                var vars = variables.get(task.getId());
                String reference = vars.get("reference") instanceof String r && r.startsWith("AKN-") ? r : null;
                String name = TaskNames.forMail(task.getName(), reference, (String) vars.get("title"));
                items.add(new AgendaItem(Texts.text("meeting.agenda.overdue-task", "task", name, "due", due(task)),
                        reference));
            }
        }
        for (ActionItem item : actionItems.findByStatusOrderByDueAscIdAsc(ActionItem.Status.OPEN)) {
            boolean late = item.getDue().isBefore(GermanFormat.day(now));
            items.add(new AgendaItem(Texts.text(late ? "meeting.agenda.action-item-late" : "meeting.agenda.action-item",
                    "title", item.getTitle(), "member", members.nameOf(item.getMemberId()),
                    "due", GermanFormat.date(item.getDue())), null));
        }
        items.add(new AgendaItem(Texts.text("meeting.agenda.other"), null));
        return items;
    }

    /** One item per measure with the members still to decide and by when. */
    private List<AgendaItem> openCosignDecisions(List<Task> open, Map<String, Map<String, Object>> variables) {
        var byMeasure = new LinkedHashMap<String, List<String>>();
        var titles = new LinkedHashMap<String, String>();
        for (Task task : open) {
            var vars = variables.get(task.getId());
            String reference = (String) vars.get("reference");
            titles.putIfAbsent(reference, (String) vars.get("title"));
            String member = members.nameOf((String) vars.get("member"));
            String when = switch (task.getTaskDefinitionKey()) {
                case CosigningProcess.TASK_RECORD_COUNCIL_DECISION -> Dates.parse(vars.get("councilMeetingDate"))
                        .map(day -> Texts.text("meeting.agenda.cosign.council", "date", GermanFormat.date(day)))
                        .orElse(Texts.text("meeting.agenda.cosign.council-open"));
                case CosigningProcess.TASK_CONFIRM_SHARE -> task.getDueDate() == null
                        ? Texts.text("meeting.agenda.cosign.confirm-share")
                        : Texts.text("meeting.agenda.cosign.confirm-share-due", "due", due(task));
                default -> task.getDueDate() == null ? Texts.text("meeting.agenda.cosign.no-due")
                        : Texts.text("meeting.agenda.cosign.due", "due", due(task));
            };
            byMeasure.computeIfAbsent(reference, k -> new ArrayList<>()).add(member + " (" + when + ")");
        }
        var items = new ArrayList<AgendaItem>();
        byMeasure.forEach((reference, pending) -> items.add(new AgendaItem(Texts.text("meeting.agenda.cosign",
                "title", titles.get(reference), "pending", String.join(", ", pending)), reference)));
        return items;
    }

    /**
     * The display variables of the tasks, by task id: the measure's {@code reference}, {@code title} and
     * {@code leadMember} (process instance) and the town a co-sign task is for ({@code member}, on its execution).
     */
    private Map<String, Map<String, Object>> variables(List<Task> cosign, List<Task> overdue) {
        var tasks = new ArrayList<Task>(cosign);
        tasks.addAll(overdue);
        var result = new HashMap<String, Map<String, Object>>();
        if (tasks.isEmpty()) {
            return result;
        }
        var byInstance = new HashMap<String, Map<String, Object>>();
        var byExecution = new HashMap<String, Object>();
        directory.withoutAuthorization(() -> {
            String[] instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                    .distinct().toArray(String[]::new);
            if (instances.length > 0) {
                runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
                        .variableNameIn("reference", "title", "leadMember").disableCustomObjectDeserialization()
                        .list().forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                                .putIfAbsent(v.getName(), v.getValue()));
            }
            String[] executions = cosign.stream().map(Task::getExecutionId).distinct().toArray(String[]::new);
            if (executions.length > 0) {
                runtimeService.createVariableInstanceQuery().executionIdIn(executions).variableName("member")
                        .list().forEach(v -> byExecution.put(v.getExecutionId(), v.getValue()));
            }
            return null;
        });
        for (Task task : tasks) {
            var vars = new HashMap<String, Object>(byInstance.getOrDefault(task.getProcessInstanceId(), Map.of()));
            Object member = byExecution.get(task.getExecutionId());
            if (member == null && cosign.contains(task)) {
                // a task inside the town's sub-process: the variable sits on an execution further up
                member = directory.withoutAuthorization(() -> taskService.getVariable(task.getId(), "member"));
            }
            vars.put("member", member);
            if (CosigningProcess.TASK_RECORD_COUNCIL_DECISION.equals(task.getTaskDefinitionKey())) {
                vars.put("councilMeetingDate", directory.withoutAuthorization(() -> taskService.getVariable(
                        task.getId(), "councilMeetingDate")));
            }
            result.put(task.getId(), vars);
        }
        return result;
    }

    private static String due(Task task) {
        Date due = task.getDueDate();
        return GermanFormat.date(due.toInstant());
    }
}
