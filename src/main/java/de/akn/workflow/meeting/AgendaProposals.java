package de.akn.workflow.meeting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskNames;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final IdentityDirectory directory;
    private final AllianceProperties properties;

    AgendaProposals(MeasureService measures, MemberService members, MeetingRepository meetings,
            ActionItemRepository actionItems, TaskService taskService, IdentityDirectory directory,
            AllianceProperties properties) {
        this.measures = measures;
        this.members = members;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.taskService = taskService;
        this.directory = directory;
        this.properties = properties;
    }

    List<AgendaItem> propose(Meeting meeting) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        var items = new ArrayList<AgendaItem>();
        items.add(new AgendaItem("Begrüßung und Feststellung der Tagesordnung", null));
        meetings.findFirstByStatusAndDateBeforeOrderByDateDesc(MeetingStatus.HELD, meeting.getDate())
                .ifPresent(last -> items.add(new AgendaItem("Genehmigung des Protokolls der Sitzung vom "
                        + GermanFormat.date(last.getDate()), null)));
        var all = Viewer.of("meeting", List.of(Groups.COORDINATOR));
        for (Measure m : measures.search(MeasureStatus.IN_REVIEW, null, all)) {
            items.add(new AgendaItem("Maßnahme in Prüfung: " + m.getTitle(), m.getReference()));
        }
        for (Measure m : measures.search(MeasureStatus.REVISION, null, all)) {
            items.add(new AgendaItem("Maßnahme in Überarbeitung: " + m.getTitle(), m.getReference()));
        }
        List<Task> open = directory.withoutAuthorization(() -> taskService.createTaskQuery().active()
                .orderByTaskCreateTime().asc().list());
        items.addAll(openCosignDecisions(open));
        for (Task task : open) {
            if (ImplementationProcess.TASK_PROGRESS_REPORT.equals(task.getTaskDefinitionKey()) && overdue(task, now)) {
                var vars = variables(task);
                items.add(new AgendaItem("Ausstehender Fortschrittsbericht: " + vars.get("title") + " – "
                        + members.nameOf((String) vars.get("leadMember")) + ", fällig seit " + due(task),
                        (String) vars.get("reference")));
            }
        }
        Instant escalated = now.minus(properties.escalation().after());
        for (Task task : open) {
            if (!NOT_ESCALATIONS.contains(task.getTaskDefinitionKey()) && task.getDueDate() != null
                    && task.getDueDate().toInstant().isBefore(escalated)) {
                var vars = variables(task);
                String reference = vars.get("reference") instanceof String r && r.startsWith("AKN-") ? r : null;
                String name = TaskNames.forMail(task.getName(), reference, (String) vars.get("title"));
                items.add(new AgendaItem("Überfällige Aufgabe: „" + name + "“, fällig seit " + due(task), reference));
            }
        }
        for (ActionItem item : actionItems.findByStatusOrderByDueAscIdAsc(ActionItem.Status.OPEN)) {
            boolean late = item.getDue().isBefore(GermanFormat.day(now));
            items.add(new AgendaItem("Offener Arbeitsauftrag: " + item.getTitle() + " – "
                    + members.nameOf(item.getMemberId()) + (late ? ", fällig seit " : ", fällig am ")
                    + GermanFormat.date(item.getDue()), null));
        }
        items.add(new AgendaItem("Verschiedenes", null));
        return items;
    }

    /** One item per measure with the members still to decide and by when. */
    private List<AgendaItem> openCosignDecisions(List<Task> open) {
        var byMeasure = new LinkedHashMap<String, List<String>>();
        var titles = new LinkedHashMap<String, String>();
        for (Task task : open) {
            if (!COSIGN_TASKS.contains(task.getTaskDefinitionKey())) {
                continue;
            }
            var vars = variables(task);
            String reference = (String) vars.get("reference");
            titles.putIfAbsent(reference, (String) vars.get("title"));
            String member = members.nameOf((String) vars.get("member"));
            String when = switch (task.getTaskDefinitionKey()) {
                case CosigningProcess.TASK_RECORD_COUNCIL_DECISION -> task.getDueDate() == null
                        ? "Ratsvorbehalt, Sitzungstermin offen"
                        : "Ratsvorbehalt, Sitzung am " + GermanFormat.date(GermanFormat.day(task.getDueDate()
                                .toInstant()).minusDays(1));
                case CosigningProcess.TASK_CONFIRM_SHARE -> "Bestätigung des höheren Anteils"
                        + (task.getDueDate() == null ? "" : " bis " + due(task));
                default -> task.getDueDate() == null ? "ohne Frist" : "Frist " + due(task);
            };
            byMeasure.computeIfAbsent(reference, k -> new ArrayList<>()).add(member + " (" + when + ")");
        }
        var items = new ArrayList<AgendaItem>();
        byMeasure.forEach((reference, pending) -> items.add(new AgendaItem("Mitzeichnung offen: "
                + titles.get(reference) + " – " + String.join(", ", pending), reference)));
        return items;
    }

    private Map<String, Object> variables(Task task) {
        return directory.withoutAuthorization(() -> taskService.getVariables(task.getId(),
                List.of("reference", "title", "member", "leadMember")));
    }

    private static boolean overdue(Task task, Instant now) {
        return task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
    }

    private static String due(Task task) {
        Date due = task.getDueDate();
        return GermanFormat.date(due.toInstant());
    }
}
