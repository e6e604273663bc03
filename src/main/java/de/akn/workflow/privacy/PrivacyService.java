package de.akn.workflow.privacy;

import de.akn.workflow.common.PersonalData;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything stored about a person, and its erasure for a person without open tasks: in events, decisions,
 * reports, mails, absences and the engine's history the person becomes its role ("Klimaschutzmanagement der
 * Stadt Kaarst"); its own absences and its account are deleted.
 */
@Service
public class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

    private final ObjectProvider<PersonalData> parts;
    private final IdentityDirectory directory;
    private final MemberService members;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    PrivacyService(ObjectProvider<PersonalData> parts, IdentityDirectory directory, MemberService members,
            TaskService taskService, JdbcTemplate jdbc) {
        this.parts = parts;
        this.directory = directory;
        this.members = members;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /** The export: the person's role and, per section, the rows about it. */
    public record Export(String userId, String role, Map<String, List<Map<String, Object>>> sections) {
    }

    @Transactional(readOnly = true)
    public Export export(String userId) {
        User user = user(userId);
        var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
        parts.orderedStream().forEach(part -> sections.merge(part.section(), part.export(userId, user.getEmail()),
                (a, b) -> {
                    var all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    return all;
                }));
        return new Export(userId, role(userId), sections);
    }

    /** Erases the person (409 while it has open tasks: they go to someone else first). */
    @Transactional
    public void erase(String userId) {
        User user = user(userId);
        long open = directory.withoutAuthorization(() -> taskService.createTaskQuery().taskAssignee(userId).count())
                + count("select count(*) from act_ru_identitylink where user_id_ = ? and task_id_ is not null", userId);
        if (open > 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("privacy.open-tasks", "count", open));
        }
        String role = role(userId);
        parts.orderedStream().forEach(part -> part.erase(userId, user.getEmail(), role));
        log.info("Personal data of a person erased, replaced by the role '{}'", role);
    }

    /** What the person is for the alliance, without its name. */
    private String role(String userId) {
        List<String> groups = directory.groupsOf(userId);
        for (String group : groups) {
            if (group.startsWith(Member.MEMBER_GROUP_PREFIX)) {
                return Texts.text("privacy.role.member", "member", memberGenitive(group.substring(
                        Member.MEMBER_GROUP_PREFIX.length())));
            }
            if (group.startsWith(Member.SIGN_OFF_GROUP_PREFIX)) {
                return Texts.text("privacy.role.sign-off", "member", memberGenitive(group.substring(
                        Member.SIGN_OFF_GROUP_PREFIX.length())));
            }
            if (group.startsWith(Member.PARTNER_GROUP_PREFIX)) {
                return members.nameOf(group.substring(Member.PARTNER_GROUP_PREFIX.length()));
            }
        }
        if (groups.contains(Groups.COORDINATOR)) {
            return Texts.text("privacy.role.coordinator");
        }
        return Texts.text(groups.contains(Groups.ADMIN) ? "privacy.role.admin" : "privacy.role.other");
    }

    private String memberGenitive(String memberId) {
        return members.find(memberId).map(Member::genitive).orElse(memberId);
    }

    private User user(String userId) {
        return directory.user(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("privacy.unknown")));
    }

    private long count(String sql, String userId) {
        Long count = jdbc.queryForObject(sql, Long.class, userId);
        return count == null ? 0 : count;
    }
}
