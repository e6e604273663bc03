package de.akn.workflow.notification;

import de.akn.workflow.common.GermanFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Someone a mail goes to: a person, a person's deputy while that person is away (the mail says
 * for whom), or a member's functional mailbox (the mail says that it is a copy for the town).
 *
 * @param key unique among the recipients of one mail; ends the mail's dedup key
 */
public record Addressee(String key, String email, String name, Kind kind, String onBehalfOf, LocalDate absentUntil) {

    public enum Kind { PERSON, DEPUTY, MAILBOX }

    public Addressee {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    /** A person, greeted by name; {@code key} is its user id. */
    public static Addressee person(String userId, String email, String name) {
        return new Addressee(userId, email, name, Kind.PERSON, null, null);
    }

    /** A deputy, greeted by name and told for whom (and until when) it receives the mail. */
    public static Addressee deputy(String userId, String email, String name, String absentName, LocalDate until) {
        return new Addressee(userId, email, name, Kind.DEPUTY, absentName, until);
    }

    /**
     * A member's functional address ({@code Member.email}), e.g. klimaschutz@kaarst.de.
     *
     * @param memberGenitive the member in the genitive with its article ("der Stadt Kaarst", "des Rhein-Kreises Neuss")
     */
    public static Addressee mailbox(String memberId, String email, String memberGenitive) {
        return new Addressee("mailbox-" + memberId, email, memberGenitive, Kind.MAILBOX, null, null);
    }

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }

    /** "Guten Tag Klimaschutzmanagement Kaarst," or, to a functional mailbox, "Guten Tag,". */
    public String greeting(MailTexts texts) {
        return kind == Kind.MAILBOX ? texts.text("greeting-mailbox", Map.of())
                : texts.text("greeting", Map.of("name", name == null ? key : name));
    }

    /** The line above the text that explains why this addressee receives the mail, or null. */
    public String note(MailTexts texts) {
        return switch (kind) {
            case PERSON -> null;
            case DEPUTY -> texts.text("note-deputy", Map.of("absent", onBehalfOf, "until", GermanFormat.date(absentUntil)));
            case MAILBOX -> texts.text("note-mailbox", Map.of("member", name));
        };
    }

    /** The subject as this addressee gets it: a deputy's says for whom. */
    public String subject(String subject, MailTexts texts) {
        return kind == Kind.DEPUTY ? subject + " " + texts.text("subject-deputy", Map.of("absent", onBehalfOf)) : subject;
    }
}
