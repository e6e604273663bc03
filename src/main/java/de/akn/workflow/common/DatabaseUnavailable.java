package de.akn.workflow.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database is not reachable (restarted for patching, network gone): such a request is answered
 * with a German 503 problem and {@code Retry-After}, nothing was stored — never with a 500 and a
 * stack trace. The connection pool gives up after {@code spring.datasource.hikari.connection-timeout}.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before it tries again. */
    public static final String RETRY_AFTER_SECONDS = "10";
    public static final String TITLE = Texts.text("database.unavailable.title");
    public static final String DETAIL = Texts.text("database.unavailable.detail");

    /** SQL states of a lost or refused connection (class 08) and of a server shutting down (57P0x). */
    private static final Set<String> CONNECTION_STATES = Set.of("08000", "08001", "08003", "08004", "08006", "08007",
            "57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether the exception, or one of its causes, says that the database cannot be reached. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof java.net.SocketException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                            && CONNECTION_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setTitle(TITLE);
        return problem;
    }
}
