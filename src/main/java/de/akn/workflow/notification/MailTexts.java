package de.akn.workflow.notification;

import de.akn.workflow.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of every mail, from {@code templates/mail/messages_de.properties}: per kind of mail
 * a {@code <kind>.subject}, paragraphs {@code <kind>.p1}, {@code .p2} …, and optionally
 * {@code <kind>.link} (the button) and {@code <kind>.comment} (the label of a quoted comment).
 * Values are filled in by name ({@code {title}}). A name without a value is an error in the tests
 * ({@code alliance.mail.strict-texts=true}); in production it shows as "–" and is logged, so
 * that a wording edit never stops a user's step — and no mail leaves with a placeholder in it.
 */
@Component
public class MailTexts {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final int MAX_PARAGRAPHS = 9;

    private final ResourceBundleMessageSource bundle = Texts.bundle("templates/mail/messages");
    private final boolean strict;

    public MailTexts(@Value("${alliance.mail.strict-texts:false}") boolean strict) {
        this.strict = strict;
    }

    /** One text, e.g. {@code line.share}; fails if the key is missing or a value is not given. */
    public String text(String key, Map<String, ?> values) {
        return fill(key, bundle.getMessage(key, null, GERMAN), values);
    }

    /** The text of a key if the bundle has it, else null. */
    public String optional(String key, Map<String, ?> values) {
        String pattern = bundle.getMessage(key, null, null, GERMAN);
        return pattern == null ? null : fill(key, pattern, values);
    }

    public String subject(String kind, Map<String, ?> values) {
        return text(kind + ".subject", values);
    }

    /** The paragraphs {@code <kind>.p1} … in order; at least one. */
    public List<String> paragraphs(String kind, Map<String, ?> values) {
        var paragraphs = new ArrayList<String>();
        for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
            String paragraph = optional(kind + ".p" + i, values);
            if (paragraph == null) {
                break;
            }
            paragraphs.add(paragraph);
        }
        if (paragraphs.isEmpty()) {
            throw new NoSuchMessageException(kind + ".p1", GERMAN);
        }
        return paragraphs;
    }

    private String fill(String key, String pattern, Map<String, ?> values) {
        return Texts.fill(key, pattern, values, strict);
    }
}
