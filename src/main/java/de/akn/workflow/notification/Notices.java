package de.akn.workflow.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short mails of one kind (template {@code notice}: greeting, the kind's paragraphs, a button) to
 * several addressees — each greeted as it should be and told why it receives the mail.
 */
public class Notices {

    private Notices() {
    }

    /**
     * One mail per addressee with an address; the dedup key is {@code dedupPrefix/<addressee key>}.
     *
     * @param reference put in front of the subject in brackets, or null
     * @param linkUrl the button's target ({@code <kind>.link} is its text), or null for none
     */
    public static List<MailRequest> of(MailTexts texts, Collection<Addressee> addressees, String kind,
            Map<String, ?> values, String reference, String linkUrl, String dedupPrefix, String processInstanceId) {
        String subject = MailRequest.subject(reference, texts.subject(kind, values));
        var paragraphs = texts.paragraphs(kind, values);
        String linkText = linkUrl == null ? null : texts.text(kind + ".link", values);
        var mails = new ArrayList<MailRequest>();
        for (Addressee addressee : addressees) {
            if (!addressee.hasAddress()) {
                continue;
            }
            var model = new HashMap<String, Object>();
            model.put("greeting", addressee.greeting(texts));
            model.put("note", addressee.note(texts));
            model.put("paragraphs", paragraphs);
            model.put("linkUrl", linkUrl);
            model.put("linkText", linkText);
            mails.add(new MailRequest(addressee.email(), addressee.subject(subject, texts), "notice", model,
                    dedupPrefix + "/" + addressee.key(), null, null, processInstanceId));
        }
        return mails;
    }
}
