package de.akn.workflow.absence;

import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** The rules the assignment listener applies to every user task (see {@code process.AssignmentListener}). */
@Component
public class DeputyRouting {

    private final AbsenceService absences;
    private final TaskHandover handover;
    private final IdentityDirectory directory;
    private final MemberService members;

    DeputyRouting(AbsenceService absences, TaskHandover handover, IdentityDirectory directory, MemberService members) {
        this.absences = absences;
        this.handover = handover;
        this.directory = directory;
        this.members = members;
    }

    public Optional<Absence> absenceOn(String userId, LocalDate day) {
        return absences.absenceOn(userId, day);
    }

    /** Hands the tasks of everyone away on {@code day} to the deputies; returns how many tasks. */
    public int handOverAll(LocalDate day) {
        return absences.awayOn(day).values().stream().mapToInt(handover::handOver).sum();
    }

    public void handedOver(DelegateTask task, Absence absence) {
        handover.handedOver(task.getId(), task.getProcessInstanceId(), task.getName(), task.getTaskDefinitionKey(),
                absence);
    }

    /**
     * A task with candidates may only be assigned to one of them: a town's task stays with that
     * town's people (the coordinator may hand a stuck task to a colleague, not to another town).
     */
    public void checkAssignee(DelegateTask task) {
        var groups = new ArrayList<String>();
        var users = new HashSet<String>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        String assignee = task.getAssignee();
        if ((groups.isEmpty() && users.isEmpty()) || users.contains(assignee)
                || directory.groupsOf(assignee).stream().anyMatch(groups::contains)) {
            return;
        }
        String who = String.join(Texts.text("absence.assignee.or"), groups.stream().map(this::accusative).toList());
        throw ValidationProblem.of("assignee", Texts.text("absence.assignee.forbidden", "who", who));
    }

    private String accusative(String groupId) {
        if (Groups.COORDINATOR.equals(groupId)) {
            return Texts.text("absence.assignee.coordination");
        }
        String memberId = groupId.replaceFirst("^(" + Member.MEMBER_GROUP_PREFIX + "|" + Member.PARTNER_GROUP_PREFIX
                + ")", "");
        return members.find(memberId).map(Member::accusative).orElse(Texts.text("absence.assignee.unknown"));
    }
}
