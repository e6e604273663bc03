package de.akn.workflow.meeting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.pdf.PdfProperties;
import de.akn.workflow.pdf.XhtmlPdf;
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

    MeetingDocuments(AllianceProperties properties, PdfProperties pdfSettings, MemberService members,
            IdentityDirectory directory) {
        this.pdf = new XhtmlPdf("templates/meeting/", pdfSettings.fontDirectory());
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
        var model = model(meeting);
        model.put("minutes", null);
        return pdf.render("meeting", model);
    }

    public byte[] minutes(Meeting meeting, List<ActionItem> actionItems) {
        var model = model(meeting);
        model.put("minutes", Arrays.stream(meeting.getMinutesText().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        var rows = new ArrayList<String[]>();
        for (ActionItem item : actionItems) {
            rows.add(new String[] {item.getTitle(), members.nameOf(item.getMemberId()), GermanFormat.date(item.getDue())});
        }
        model.put("actionItems", rows);
        model.put("minutesBy", directory.displayName(meeting.getMinutesBy()));
        model.put("minutesAt", GermanFormat.date(meeting.getMinutesAt()));
        return pdf.render("meeting", model);
    }

    /** The facts both documents show; the wording is the template's. */
    private Map<String, Object> model(Meeting meeting) {
        var model = new HashMap<String, Object>();
        model.put("alliance", properties.name() + " (" + properties.shortName() + ")");
        model.put("date", GermanFormat.date(meeting.getDate()));
        model.put("startTime", MeetingService.time(meeting.getStartTime()));
        model.put("place", meeting.getPlace() == null ? GermanFormat.NONE : meeting.getPlace());
        model.put("chair", members.nameOf(meeting.getChair()));
        // the coordination: the climate officer of the Kreis ("des Rhein-Kreises Neuss")
        model.put("coordinatorOf", members.findAll().stream().filter(m -> m.getKind() == MemberKind.KREIS)
                .findFirst().map(Member::genitive).orElse(null));
        model.put("agenda", meeting.getAgenda());
        return model;
    }
}
