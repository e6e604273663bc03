package de.akn.workflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port. It can be
 * stopped and started again on the same port to simulate an outage.
 */
public final class TestMail {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMail() {
    }

    public static int port() {
        return PORT;
    }

    public static synchronized GreenMail server() {
        return server;
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server.stop();
        server = start();
    }

    public static synchronized void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Subjects of the mails received by an address that start with {@code [reference]}. */
    public static List<String> subjectsTo(String address, String reference) {
        return receivedBy(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> s.startsWith("[" + reference + "]")).toList();
    }

    /**
     * Waits up to 60 s until the address received a mail about the reference whose subject contains the
     * fragment; mails may queue behind those of other tests in the same context.
     */
    public static void awaitSubject(String address, String reference, String fragment) {
        awaitSubject(address, reference, fragment, Duration.ofSeconds(60));
    }

    /** Waits up to the given time until the address received a mail about the reference with the fragment. */
    public static void awaitSubject(String address, String reference, String fragment, Duration atMost) {
        org.awaitility.Awaitility.await().atMost(atMost).until(() ->
                subjectsTo(address, reference).stream().anyMatch(s -> s.contains(fragment)));
    }

    /**
     * How long to wait for a mail queued behind everything else in the outbox: 20 s plus a tenth of a second
     * per mail waiting before it. A sweep after moving the clock reminds every overdue task of the test
     * context, and in the PostgreSQL pass a context holds hundreds of measures from the fault tests.
     */
    public static Duration behindOutbox(JdbcTemplate jdbc) {
        Long pending = jdbc.queryForObject("select count(*) from akn_notification where status = 'PENDING'", Long.class);
        return Duration.ofSeconds(20).plusMillis(100 * (pending == null ? 0 : pending));
    }

    /** The text of the first mail to the address about the reference whose subject contains the fragment. */
    public static String textOf(String address, String reference, String subjectFragment) {
        return receivedBy(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(reference) && m.getSubject().contains(subjectFragment);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(TestMail::text).findFirst().orElseThrow();
    }

    /** A mail as sent over the wire (headers, MIME parts, attachments). */
    public static String raw(MimeMessage mail) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            mail.writeTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** All text parts of a mail (plain and HTML), decoded. */
    public static String text(MimeMessage mail) {
        try {
            return collect(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collect(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            var sb = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                sb.append(collect(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return sb.toString();
        }
        return content instanceof String s ? s : "";
    }

    private static GreenMail start() {
        var greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
