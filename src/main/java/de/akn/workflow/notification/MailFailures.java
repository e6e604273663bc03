package de.akn.workflow.notification;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.springframework.mail.MailException;

/** What a failed delivery means: an unreachable server (no attempt used up) or a failed attempt, and its text. */
final class MailFailures {

    private MailFailures() {
    }

    static boolean isServerUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t
                    && isServerUnreachable(me.getNextException())) {
                return true;
            }
            if (t instanceof MailException && t.getMessage() != null
                    && t.getMessage().contains("Couldn't connect to host")) {
                return true;
            }
        }
        return false;
    }

    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
