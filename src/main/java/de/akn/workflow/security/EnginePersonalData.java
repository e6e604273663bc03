package de.akn.workflow.security;

import de.akn.workflow.common.PersonalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about a person: the account, its groups, its open and done tasks. The erasure deletes
 * the account (with its memberships) and puts the role where the history names the person (task assignees,
 * identity links, the operation log, comments, who started an instance).
 */
@Component
class EnginePersonalData implements PersonalData {

    /** The engine's history tables and their user columns. */
    private static final List<String[]> HISTORY_COLUMNS = List.of(new String[] {"act_hi_taskinst", "assignee_"},
            new String[] {"act_hi_taskinst", "owner_"}, new String[] {"act_hi_actinst", "assignee_"},
            new String[] {"act_hi_identitylink", "user_id_"}, new String[] {"act_hi_op_log", "user_id_"},
            new String[] {"act_hi_comment", "user_id_"}, new String[] {"act_hi_procinst", "start_user_id_"},
            new String[] {"act_hi_attachment", "user_id_"});

    private final IdentityDirectory directory;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final JdbcTemplate jdbc;

    EnginePersonalData(IdentityDirectory directory, IdentityService identityService, TaskService taskService,
            HistoryService historyService, JdbcTemplate jdbc) {
        this.directory = directory;
        this.identityService = identityService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public List<Map<String, Object>> export(String userId, String email) {
        return directory.withoutAuthorization(() -> {
            var rows = new ArrayList<Map<String, Object>>();
            var user = identityService.createUserQuery().userId(userId).singleResult();
            if (user != null) {
                var account = new LinkedHashMap<String, Object>();
                account.put("kind", "ACCOUNT");
                account.put("id", user.getId());
                account.put("firstName", user.getFirstName());
                account.put("lastName", user.getLastName());
                account.put("email", user.getEmail());
                account.put("groups", directory.groupsOf(userId));
                rows.add(account);
            }
            for (var task : taskService.createTaskQuery().taskAssignee(userId).list()) {
                rows.add(row("OPEN_TASK", task.getName(), task.getCreateTime(), null));
            }
            for (var task : historyService.createHistoricTaskInstanceQuery().taskAssignee(userId).finished().list()) {
                rows.add(row("DONE_TASK", task.getName(), task.getStartTime(), task.getEndTime()));
            }
            return rows;
        });
    }

    @Override
    public void erase(String userId, String email, String role) {
        for (String[] column : HISTORY_COLUMNS) {
            jdbc.update("update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?", role, userId);
        }
        directory.withoutAuthorization(() -> {
            identityService.deleteUser(userId);
            return null;
        });
    }

    private static Map<String, Object> row(String kind, String name, Object start, Object end) {
        var row = new LinkedHashMap<String, Object>();
        row.put("kind", kind);
        row.put("name", name);
        row.put("start", start);
        row.put("end", end);
        return row;
    }
}
