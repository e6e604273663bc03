package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.Recipients;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends the German mails about a measure (template {@code measure}: the text of its kind, then the
 * measure itself) through the outbox, with members' names as a mail words them. The capability
 * modules decide which mail goes to whom and take the addressees from {@code notification.Recipients}.
 */
@Component
public class MeasureMails {

    private final NotificationService notifications;
    private final MailTexts texts;
    private final IdentityDirectory directory;
    private final MemberService members;
    private final Links links;
    private final Recipients recipients;

    MeasureMails(NotificationService notifications, MailTexts texts, IdentityDirectory directory,
            MemberService members, Links links, Recipients recipients) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.texts = texts;
        this.directory = directory;
        this.members = members;
        this.links = links;
    }

    /**
     * Queues the mail for each recipient (once per recipient: the dedup key is
     * {@code dedupPrefix/<addressee key>}), in the caller's transaction.
     */
    public void send(Measure measure, Collection<Addressee> addressees, String dedupPrefix, MeasureMail mail) {
        var values = new HashMap<String, Object>(standardValues(measure));
        values.putAll(mail.values());
        String subject = MailRequest.subject(measure.getReference(), texts.subject(mail.kind(), values));
        var paragraphs = texts.paragraphs(mail.kind(), values);
        var requests = new ArrayList<MailRequest>();
        var measureView = view(measure);
        for (Addressee addressee : addressees) {
            if (!addressee.hasAddress()) {
                continue;
            }
            var model = new HashMap<String, Object>();
            model.put("greeting", addressee.greeting(texts));
            model.put("note", addressee.note(texts));
            model.put("paragraphs", paragraphs);
            model.put("details", mail.details());
            model.put("measure", measureView);
            model.put("commentLabel", mail.comment() == null ? null : texts.text(mail.kind() + ".comment", values));
            model.put("comment", mail.comment());
            model.put("linkUrl", mail.linkUrl());
            model.put("linkText", mail.linkUrl() == null ? null : texts.text(mail.kind() + ".link", values));
            model.put("measureUrl", links.api("/api/measures/" + measure.getReference()));
            var request = new MailRequest(addressee.email(), addressee.subject(subject, texts), "measure", model,
                    dedupPrefix + "/" + addressee.key(), mail.calendar(), measure.getId(),
                    measure.getProcessInstanceId());
            requests.add(mail.attachment() == null ? request : request.withAttachment(mail.attachment()));
        }
        notifications.queueAll(requests);
    }

    /** A calendar entry (all day) worded by {@code <kind>.calendar.summary} and {@code .description}. */
    public CalendarEvent calendar(String uid, LocalDate date, Measure measure, String kind, Map<String, ?> values,
            String url) {
        if (date == null) {
            return null;
        }
        var all = new HashMap<String, Object>(standardValues(measure));
        all.putAll(values);
        return new CalendarEvent(uid, date, texts.text(kind + ".calendar.summary", all),
                texts.text(kind + ".calendar.description", all), url);
    }

    /** A line of the list under a mail's text ({@code line.<key>}). */
    public String line(String key, Map<String, ?> values) {
        return texts.text("line." + key, values);
    }

    /** The synergy line, labelled as an estimate; {@code prospective}: if every invited member co-signs. */
    public String synergyLine(SynergyEstimate s, boolean prospective) {
        return line(prospective ? "synergy-prospective" : "synergy", Map.of("signers", s.signers(),
                "money", GermanFormat.money(s.moneySavedEur()), "days", GermanFormat.number(s.staffDaysSaved())));
    }

    public String memberName(String id) {
        return members.nameOf(id);
    }

    /** With its article, as a subject: "Die Stadt Kaarst" at the start of a sentence, else "die Stadt Kaarst". */
    public String memberSubject(String id, boolean sentenceStart) {
        return members.find(id).map(m -> m.nominative(sentenceStart)).orElse(id);
    }

    /** Genitive with its article: "der Stadt Kaarst", "des Rhein-Kreises Neuss" (as the council body names it). */
    public String memberGenitive(String id) {
        return members.find(id).map(Member::genitive).orElse(id);
    }

    /** The member's council body: "Rat der Stadt Kaarst", "Kreistag des Rhein-Kreises Neuss". */
    public String councilBody(String id) {
        return members.find(id).map(m -> m.council().getName()).orElseGet(() -> Texts.text("measure.council-fallback"));
    }

    /** With its article, as an object: "die Stadt Kaarst", "den Rhein-Kreis Neuss". */
    public String memberObject(String id) {
        return members.find(id).map(Member::accusative).orElse(id);
    }

    public String displayName(String userId) {
        return directory.displayName(userId);
    }

    /** The mail about a new proposal, to the coordinators. */
    void proposalReceived(Measure measure) {
        send(measure, recipients.coordinators(), "measure/" + measure.getId() + "/proposed",
                MeasureMail.of("proposal-received").link(links.tasklist(null)));
    }

    private Map<String, Object> standardValues(Measure measure) {
        return Map.of("title", measure.getTitle(), "reference", measure.getReference(),
                "leadMember", memberName(measure.getLeadMember()),
                "leadMemberSubject", memberSubject(measure.getLeadMember(), false),
                "proposer", displayName(measure.getProposer()));
    }

    private Map<String, String> view(Measure m) {
        return MeasureFacts.of(m, this::memberName).mailModel();
    }
}
