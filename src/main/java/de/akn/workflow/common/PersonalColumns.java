package de.akn.workflow.common;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PersonalData} of a module whose tables name the person in plain columns (actor, recorded_by, …):
 * the export reads the given queries, the erasure replaces the person's id in each column by the role.
 */
public final class PersonalColumns implements PersonalData {

    /** A column holding a user id, e.g. {@code akn_measure_event.actor}. */
    public record Column(String table, String column) {
    }

    private final JdbcTemplate jdbc;
    private final String section;
    private final String exportQuery;
    private final List<Column> columns;

    /**
     * @param exportQuery the rows about the person, with one {@code ?} per occurrence of the user id
     */
    public PersonalColumns(JdbcTemplate jdbc, String section, String exportQuery, List<Column> columns) {
        this.jdbc = jdbc;
        this.section = section;
        this.exportQuery = exportQuery;
        this.columns = columns;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public List<Map<String, Object>> export(String userId, String email) {
        long placeholders = exportQuery.chars().filter(c -> c == '?').count();
        Object[] args = new Object[(int) placeholders];
        java.util.Arrays.fill(args, userId);
        return lowerCaseKeys(jdbc.queryForList(exportQuery, args));
    }

    /** Column names as PostgreSQL gives them (H2 gives them in capitals). */
    public static List<Map<String, Object>> lowerCaseKeys(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            var lower = new java.util.LinkedHashMap<String, Object>();
            row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
            return (Map<String, Object>) lower;
        }).toList();
    }

    @Override
    public void erase(String userId, String email, String role) {
        for (Column c : columns) {
            jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ?", role,
                    userId);
        }
    }
}
