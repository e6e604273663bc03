package de.akn.workflow.absence;

import de.akn.workflow.absence.internal.AbsenceRepository;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.TransactionMemo;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.Member;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences and their deputies: who may enter one for whom, the rules a deputy must meet, and
 * who is away on a given day. An absence that has begun hands the user's tasks to the deputy at
 * once ({@link TaskHandover}).
 */
@Service
public class AbsenceService {

    /** The absences of a day, read once per transaction (every mail of a step asks who is away). */
    public static final String MEMO = "absences";

    static final int MAX_DAYS = 366;

    private final AbsenceRepository absences;
    private final IdentityDirectory directory;
    private final TaskHandover handover;

    AbsenceService(AbsenceRepository absences, IdentityDirectory directory, TaskHandover handover) {
        this.absences = absences;
        this.directory = directory;
        this.handover = handover;
    }

    /** Who asks: a user and its groups. The user itself, the coordinator and admin may enter an absence. */
    public record Caller(String userId, Collection<String> groups) {

        boolean isCoordinatorOrAdmin() {
            return groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN);
        }

        boolean mayActFor(String user) {
            return userId.equals(user) || isCoordinatorOrAdmin();
        }
    }

    /** Records an absence ({@link NewAbsence#read} reads it from the API's or the form's input). */
    @Transactional
    public Absence record(NewAbsence request, Caller caller) {
        String userId = request.userId();
        if (!caller.mayActFor(userId)) {
            throw new ForbiddenProblem(Texts.text("absence.record.forbidden"));
        }
        var errors = new LinkedHashMap<String, String>();
        var user = directory.user(userId);
        if (user.isEmpty()) {
            errors.put("userId", Texts.text("absence.user.unknown"));
        }
        LocalDate from = request.from();
        LocalDate to = request.to();
        if (from == null || to == null) {
            // a request built without NewAbsence.read
            errors.put(from == null ? "from" : "to", Texts.text("input.missing", "what",
                    Texts.text(from == null ? "absence.from.what" : "absence.to.what")));
        }
        LocalDate today = Dates.today();
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", Texts.text("absence.to.before-from"));
            } else if (to.isBefore(today)) {
                errors.put("to", Texts.text("absence.to.past"));
            } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
                errors.put("to", Texts.text("absence.to.too-long"));
            }
        }
        String deputy = request.deputy();
        if (deputy == null) {
            errors.put("deputy", Texts.text("absence.deputy.missing"));
        } else if (deputy.equals(userId)) {
            errors.put("deputy", Texts.text("absence.deputy.self"));
        } else if (directory.user(deputy).isEmpty()) {
            errors.put("deputy", Texts.text("absence.deputy.unknown"));
        } else if (user.isPresent()) {
            sameTeamProblem(userId, deputy).ifPresent(problem -> errors.put("deputy", problem));
        }
        if (errors.isEmpty()) {
            for (Absence existing : absences.findCurrentAndComing(userId, from)) {
                if (existing.overlaps(from, to)) {
                    errors.put("from", Texts.text("absence.overlap", "period", period(existing)));
                    break;
                }
            }
            for (Absence deputyAway : absences.findCurrentAndComing(deputy, from)) {
                if (deputyAway.overlaps(from, to)) {
                    errors.put("deputy", Texts.text("absence.deputy.away", "period", period(deputyAway)));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        TransactionMemo.forget(MEMO);
        Absence absence = absences.save(new Absence(userId, from, to, deputy, caller.userId(),
                ClockUtil.getCurrentTime().toInstant()));
        if (absence.covers(today)) {
            handover.handOver(absence);
        }
        return absence;
    }

    /** The absences a caller may see: all for the coordinator and admin, else those of its own teams. */
    @Transactional(readOnly = true)
    public List<Absence> visibleTo(Caller caller) {
        var all = absences.findNotEndedBefore(Dates.today());
        if (caller.isCoordinatorOrAdmin()) {
            return all;
        }
        var teams = teams(caller.groups());
        return all.stream().filter(a -> a.getUserId().equals(caller.userId()) || a.getDeputy().equals(caller.userId())
                || directory.groupsOf(a.getUserId()).stream().anyMatch(teams::contains)).toList();
    }

    /** Ends an absence early or cancels it; the user itself, the coordinator or admin. */
    @Transactional
    public void delete(Long id, Caller caller) {
        Absence absence = absences.findById(id).orElseThrow(UnknownAbsenceException::new);
        if (!caller.mayActFor(absence.getUserId())) {
            throw new ForbiddenProblem(Texts.text("absence.delete.forbidden"));
        }
        absences.delete(absence);
        TransactionMemo.forget(MEMO);
    }

    /** The absence of {@code userId} that covers {@code day}, if any. */
    @Transactional(readOnly = true)
    public Optional<Absence> absenceOn(String userId, LocalDate day) {
        return absences.findCurrentAndComing(userId, day).stream().filter(a -> a.covers(day)).findFirst();
    }

    /** Everyone away on {@code day}, by user id (unmodifiable, shared by the whole transaction). */
    @Transactional(readOnly = true)
    public Map<String, Absence> awayOn(LocalDate day) {
        return TransactionMemo.get(MEMO, day, () -> {
            var away = new LinkedHashMap<String, Absence>();
            absences.findCovering(day).forEach(a -> away.putIfAbsent(a.getUserId(), a));
            return Collections.unmodifiableMap(away);
        });
    }

    /** Who can stand in for {@code userId}: the other people of its town (for the coordinator: of the coordination). */
    @Transactional(readOnly = true)
    public List<org.camunda.bpm.engine.identity.User> possibleDeputies(String userId) {
        if (userId == null) {
            return List.of();
        }
        var groups = directory.groupsOf(userId);
        var teams = groups.contains(Groups.COORDINATOR) ? Set.of(Groups.COORDINATOR) : teams(groups);
        var people = new LinkedHashMap<String, org.camunda.bpm.engine.identity.User>();
        teams.stream().sorted().forEach(team -> directory.usersOf(team).forEach(u -> people.putIfAbsent(u.getId(), u)));
        people.remove(userId);
        return List.copyOf(people.values());
    }

    /**
     * The deputy must be able to do the user's work: the coordinator's deputy is in the group
     * {@code coordinator}, anyone else's shares the user's member (or partner) group.
     */
    private Optional<String> sameTeamProblem(String userId, String deputy) {
        var userGroups = directory.groupsOf(userId);
        var deputyGroups = directory.groupsOf(deputy);
        if (userGroups.contains(Groups.COORDINATOR)) {
            return deputyGroups.contains(Groups.COORDINATOR) ? Optional.empty()
                    : Optional.of(Texts.text("absence.deputy.coordination"));
        }
        var teams = teams(userGroups);
        return deputyGroups.stream().anyMatch(teams::contains) ? Optional.empty()
                : Optional.of(Texts.text("absence.deputy.other-member"));
    }

    private static Set<String> teams(Collection<String> groups) {
        return Set.copyOf(groups.stream().filter(g -> g.startsWith(Member.MEMBER_GROUP_PREFIX)
                || g.startsWith(Member.PARTNER_GROUP_PREFIX) || g.equals(Groups.COORDINATOR)).toList());
    }

    private static String period(Absence a) {
        return Texts.text("absence.period", "from", GermanFormat.date(a.getStartsOn()), "to",
                GermanFormat.date(a.getEndsOn()));
    }

    /** No absence has this id. */
    public static class UnknownAbsenceException extends RuntimeException {
        UnknownAbsenceException() {
            super(Texts.text("absence.unknown"));
        }
    }
}
