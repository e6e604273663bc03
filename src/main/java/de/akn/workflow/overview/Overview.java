package de.akn.workflow.overview;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.MeasureFacts;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dossier of a measure and the matrix of open measures × members, as the webapp extensions show them. */
@Service
public class Overview {

    private static final List<MeasureStatus> OPEN = List.of(MeasureStatus.IN_REVIEW, MeasureStatus.REVISION,
            MeasureStatus.COSIGNING, MeasureStatus.ADOPTED);

    private final MeasureService measures;
    private final MemberService members;
    private final Synergy synergy;
    private final IdentityDirectory directory;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final List<MeasureDossierPart> parts;

    Overview(MeasureService measures, MemberService members, Synergy synergy, IdentityDirectory directory,
            TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            List<MeasureDossierPart> parts) {
        this.historyService = historyService;
        this.parts = parts;
        this.measures = measures;
        this.members = members;
        this.synergy = synergy;
        this.directory = directory;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /**
     * @param budget  the cost per budget year ("2027: 6.000,00 €; 2028: 6.000,00 €")
     * @param funding one line per funding programme, empty without funding
     * @param netCost the cost less the funding, or null without funding
     */
    public record Dossier(String reference, String title, String summary, String category, String status,
            String leadMember, String costs, String budget, List<String> funding, String netCost, String staffDays,
            String costSplit, String implementation, String period, String sdgs, String synergy, String expertOpinion, List<Row> participations,
            List<HistoryEntry> history, Map<String, Object> parts, Map<String, String> memberNames) {
    }

    public record Row(String member, boolean lead, String status, String statusCode, String costShare,
            String costSharesByYear, String staffDaysShare, String councilMeetingDate, String decidedAt,
            String comment) {
    }

    public record HistoryEntry(String at, String who, String what) {
    }

    public record Matrix(List<Column> members, List<MatrixRow> measures) {
    }

    public record Column(String id, String name) {
    }

    public record MatrixRow(String reference, String title, String status, String processInstanceId,
            String leadMember, String deadline, long overdueTasks, long incidents, Map<String, Cell> cells) {
    }

    public record Cell(String status, String label, boolean lead) {
    }

    /**
     * The dossier of the measure a task belongs to, if the caller may see the task (the engine checks
     * it with the caller's authorizations) and the measure ({@link Viewer}).
     */
    @Transactional(readOnly = true)
    public Optional<Dossier> forTask(String taskId, Viewer viewer) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return forProcessInstance(task.getProcessInstanceId(), viewer);
    }

    /** The dossier of the measure of a process instance (its own or a called one: same business key). */
    @Transactional(readOnly = true)
    public Optional<Dossier> forProcessInstance(String processInstanceId, Viewer viewer) {
        var instance = directory.withoutAuthorization(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        String reference = instance == null ? historicBusinessKey(processInstanceId) : instance.getBusinessKey();
        return reference == null ? Optional.empty() : measures.find(reference, viewer).map(this::dossier);
    }

    /** Open measures × active members (the coordinator's dashboard). */
    @Transactional(readOnly = true)
    public Matrix matrix(Viewer viewer) {
        var columns = members.findAll().stream().filter(m -> m.isActive() && m.getKind() != MemberKind.PARTNER)
                .map(m -> new Column(m.getId(), m.getName())).toList();
        var open = new ArrayList<Measure>();
        for (MeasureStatus status : OPEN) {
            open.addAll(measures.search(status, null, viewer));
        }
        var references = open.stream().map(Measure::getReference).toList();
        var overdue = new HashMap<String, Long>();
        var deadlines = new HashMap<String, Date>();
        var incidents = new HashMap<String, Long>();
        if (!references.isEmpty()) {
            Date now = ClockUtil.getCurrentTime();
            var tasks = taskService.createTaskQuery().processInstanceBusinessKeyIn(references
                    .toArray(String[]::new)).list();
            var incidentList = runtimeService.createIncidentQuery().list();
            var instanceIds = new java.util.HashSet<String>();
            tasks.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
            incidentList.forEach(i -> instanceIds.add(i.getProcessInstanceId()));
            instanceIds.remove(null);
            var keysByInstance = new HashMap<String, String>();
            if (!instanceIds.isEmpty()) {
                for (var instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds)
                        .list()) {
                    keysByInstance.put(instance.getId(), instance.getBusinessKey());
                }
            }
            for (Task task : tasks) {
                String key = keysByInstance.get(task.getProcessInstanceId());
                if (key != null && task.getDueDate() != null) {
                    if (task.getDueDate().before(now)) {
                        overdue.merge(key, 1L, Long::sum);
                    }
                    if ("Task_CosignDecision".equals(task.getTaskDefinitionKey())) {
                        deadlines.merge(key, task.getDueDate(), (a, b) -> a.before(b) ? a : b);
                    }
                }
            }
            for (Incident incident : incidentList) {
                String key = keysByInstance.get(incident.getProcessInstanceId());
                if (key != null) {
                    incidents.merge(key, 1L, Long::sum);
                }
            }
        }
        var names = names();
        var rows = open.stream().sorted(java.util.Comparator.comparing(Measure::getReference)).map(m -> {
            var cells = new LinkedHashMap<String, Cell>();
            for (Participation p : m.getParticipations()) {
                cells.put(p.getMemberId(), new Cell(p.getStatus().name(), p.getStatus().label(), p.isLead()));
            }
            Date deadline = deadlines.get(m.getReference());
            return new MatrixRow(m.getReference(), m.getTitle(), m.getStatus().label(), m.getProcessInstanceId(),
                    names.getOrDefault(m.getLeadMember(), m.getLeadMember()),
                    deadline == null ? null : GermanFormat.date(deadline.toInstant()),
                    overdue.getOrDefault(m.getReference(), 0L), incidents.getOrDefault(m.getReference(), 0L), cells);
        }).toList();
        return new Matrix(columns, rows);
    }

    private Dossier dossier(Measure m) {
        var names = names();
        List<MeasureEvent> events = measures.events(m);
        String opinion = measures.expertOpinion(m).map(MeasureEvent::getDetail).orElse(null);
        var rows = m.getParticipations().stream().map(p -> new Row(names.getOrDefault(p.getMemberId(),
                p.getMemberId()), p.isLead(), p.getStatus().label(), p.getStatus().name(), money(p.getCostShareEur()),
                p.getCostSharesByYear().size() < 2 ? null : MoneyTexts.years(p.getCostSharesByYear()),
                number(p.getStaffDaysShare()), date(p.getCouncilMeetingDate()),
                p.getDecidedAt() == null ? null : GermanFormat.date(p.getDecidedAt()), p.getComment())).toList();
        var history = events.stream().map(e -> new HistoryEntry(GermanFormat.date(e.getAt()) + " "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(GermanFormat.ZONE).format(e.getAt()),
                "system".equals(e.getActor()) ? "System" : directory.displayName(e.getActor()), e.getDetail())).toList();
        String synergyText = synergy.of(m).map(s -> Texts.text("overview.synergy", "money", money(s.moneySavedEur()),
                "days", number(s.staffDaysSaved()), "method", s.method().label(), "signers", s.signers())).orElse(null);
        var facts = MeasureFacts.of(m, id -> names.getOrDefault(id, id));
        return new Dossier(facts.reference(), facts.title(), facts.summary(), facts.category(), m.getStatus().label(),
                facts.leadMember(), facts.estimatedCost(), facts.budget(), facts.funding(), facts.netCost(),
                facts.staffDays(), facts.costSplit(), facts.implementation(), facts.period(), facts.sdgs(),
                synergyText, opinion, rows, history, MeasureDossierPart.all(parts.stream(), m), names);
    }

    private String historicBusinessKey(String processInstanceId) {
        var historic = directory.withoutAuthorization(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        return historic == null ? null : historic.getBusinessKey();
    }

    private Map<String, String> names() {
        var names = new HashMap<String, String>();
        for (Member member : members.findAll()) {
            names.put(member.getId(), member.getName());
        }
        return names;
    }

    private static String money(BigDecimal value) {
        return value == null ? null : GermanFormat.money(value);
    }

    private static String number(BigDecimal value) {
        return value == null ? null : GermanFormat.number(value);
    }

    private static String date(LocalDate value) {
        return value == null ? null : GermanFormat.date(value);
    }
}
