package de.akn.workflow.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The first column of a query's rows, as text: for tests that look into the database directly. */
public final class Rows {

    private Rows() {
    }

    public static List<String> strings(Connection db, String sql) throws SQLException {
        var result = new ArrayList<String>();
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
