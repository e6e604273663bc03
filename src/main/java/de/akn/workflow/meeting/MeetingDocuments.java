package de.akn.workflow.meeting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.XhtmlPdf;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The invitation with the agenda and the minutes of a meeting, as PDF ({@code templates/meeting/meeting.xhtml}). */
@Component
public class MeetingDocuments {

    private final XhtmlPdf pdf;
    private final AllianceProperties properties;
    private final MemberService members;
    private final IdentityDirectory directory;

    MeetingDocuments(AllianceProperties properties, MemberService members, IdentityDirectory directory) {
        this.pdf = new XhtmlPdf("templates/meeting/", properties.report().fontDirectory());
        this.properties = properties;
        this.members = members;
        this.directory = directory;
    }

    /** "tagesordnung-2027-02-10.pdf". */
    static String agendaFileName(Meeting meeting) {
        return "tagesordnung-" + meeting.getDate() + ".pdf";
    }

    static String minutesFileName(Meeting meeting) {
        return "protokoll-" + meeting.getDate() + ".pdf";
    }

    public byte[] agenda(Meeting meeting) {
        var model = model(meeting, "Einladung zur Sitzung der Allianz am " + GermanFormat.date(meeting.getDate()));
        model.put("minutes", null);
        return pdf.render("meeting", model);
    }

    public byte[] minutes(Meeting meeting, List<ActionItem> actionItems) {
        var model = model(meeting, "Protokoll der Sitzung vom " + GermanFormat.date(meeting.getDate()));
        model.put("minutes", Arrays.stream(meeting.getMinutesText().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        var rows = new ArrayList<String[]>();
        for (ActionItem item : actionItems) {
            rows.add(new String[] {item.getTitle(), members.nameOf(item.getMemberId()), GermanFormat.date(item.getDue())});
        }
        model.put("actionItems", rows);
        model.put("recordedBy", "Protokollführung: " + directory.displayName(meeting.getMinutesBy()) + ", "
                + GermanFormat.date(meeting.getMinutesAt()));
        return pdf.render("meeting", model);
    }

    private Map<String, Object> model(Meeting meeting, String heading) {
        var model = new HashMap<String, Object>();
        model.put("alliance", properties.name() + " (" + properties.shortName() + ")");
        model.put("heading", heading);
        var facts = new ArrayList<String[]>();
        facts.add(new String[] {"Datum", GermanFormat.date(meeting.getDate())});
        facts.add(new String[] {"Beginn", MeetingService.time(meeting.getStartTime()) + " Uhr"});
        facts.add(new String[] {"Ort", meeting.getPlace() == null ? GermanFormat.NONE : meeting.getPlace()});
        facts.add(new String[] {"Vorsitz", members.nameOf(meeting.getChair())});
        members.findAll().stream().filter(m -> m.getKind() == MemberKind.KREIS).findFirst().ifPresent(kreis ->
                facts.add(new String[] {"Koordination", "Beauftragter für Klimaschutz und Nachhaltigkeit "
                        + kreis.genitive()}));
        model.put("facts", facts);
        model.put("agenda", meeting.getAgenda());
        return model;
    }
}
