package de.akn.workflow.council;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Sdgs;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.council.CouncilDraft.Row;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Beschlussvorlage of a member for a measure: what its council decides (co-signing with a
 * share up to a ceiling, in a budget year) and why — written as a German administration writes a
 * Vorlage. The member's own users, the coordinator and the administrators may fetch it.
 */
@Service
public class CouncilDrafts {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningService cosigning;
    private final Synergy synergy;
    private final AllianceProperties properties;
    private final CouncilDraftDocx docx;
    private final CouncilDraftPdf pdf;
    private final Clock clock;

    CouncilDrafts(MeasureService measures, MemberService members, CosigningService cosigning, Synergy synergy,
            AllianceProperties properties, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.cosigning = cosigning;
        this.synergy = synergy;
        this.properties = properties;
        this.docx = new CouncilDraftDocx(properties.councilDraft().template());
        this.pdf = new CouncilDraftPdf(properties.report().fontDirectory());
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public byte[] docx(String reference, String memberId, String userId, Collection<String> groups) {
        return docx.render(draft(reference, memberId, userId, groups));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(String reference, String memberId, String userId, Collection<String> groups) {
        return pdf.render(draft(reference, memberId, userId, groups));
    }

    /** The draft, if the caller may read it: 404 for an unknown measure or member, 403 for another town. */
    @Transactional(readOnly = true)
    public CouncilDraft draft(String reference, String memberId, String userId, Collection<String> groups) {
        Member member = members.find(memberId).filter(m -> m.getKind() != MemberKind.PARTNER).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Dieses Mitglied der Allianz gibt es nicht."));
        boolean allowed = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || groups.contains(Member.MEMBER_GROUP_PREFIX + memberId);
        if (!allowed) {
            throw new ForbiddenProblem("Die Beschlussvorlage " + member.dative(false) + " können nur deren "
                    + "Klimaschutzmanagement, die Koordination und die Administration abrufen.");
        }
        Measure measure = measures.find(reference, new Viewer(userId, true, List.of())).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Diese Maßnahme gibt es nicht."));
        Participation participation = measure.participationOf(memberId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, member.nominative(true) + " ist an dieser Maßnahme "
                        + "nicht beteiligt."));
        return draft(measure, member, participation);
    }

    private CouncilDraft draft(Measure measure, Member member, Participation participation) {
        String alliance = properties.name();
        String title = "„" + measure.getTitle() + "“";
        boolean assigned = participation.getCostShareEur() != null;
        CostShare share = assigned ? new CostShare(participation.getCostShareEur(), participation.getStaffDaysShare())
                : cosigning.prospectiveShare(measure.getId(), member.getId()).orElse(null);
        BigDecimal ceiling = participation.getCostCeilingEur() != null ? participation.getCostCeilingEur()
                : share == null ? null : share.costEur();
        String years = budgetYears(measure);

        String subject = "Gemeinsame Maßnahme " + title + " der " + alliance + " – Mitzeichnung durch "
                + member.accusative();
        String proposal = "Der " + member.getCouncilBody() + " beschließt: " + member.nominative(true)
                + " zeichnet die gemeinsame Maßnahme " + title + " (Aktenzeichen " + measure.getReference() + ") der "
                + alliance + " mit"
                + (ceiling == null ? "." : " und trägt davon Kosten von höchstens " + GermanFormat.money(ceiling)
                        + (share == null ? "" : " sowie " + GermanFormat.number(share.staffDays()) + " Personentage")
                        + ". Die Mittel werden " + years + " bereitgestellt.");

        var facts = new ArrayList<String>();
        facts.add(members.find(measure.getLeadMember()).map(m -> m.nominative(true)).orElse(measure.getLeadMember())
                + " hat die Maßnahme am " + GermanFormat.date(measure.getCreatedAt()) + " in der Allianz "
                + "vorgeschlagen; die Koordination der Allianz hat sie geprüft und zur Mitzeichnung freigegeben.");
        facts.add(measure.getSummary());
        facts.add("Handlungsfeld: " + measure.getCategory().label() + ". Geplanter Zeitraum: "
                + GermanFormat.date(measure.getPlannedStart()) + " bis " + GermanFormat.date(measure.getPlannedEnd())
                + ".");
        List<String> others = measure.getParticipations().stream().map(Participation::getMemberId)
                .filter(id -> !id.equals(member.getId())).map(members::nameOf).toList();
        if (!others.isEmpty()) {
            facts.add("Beteiligt sind außerdem: " + String.join(", ", others) + ".");
        }
        expertOpinion(measure).ifPresent(opinion -> facts.add("Stellungnahme des strategischen Partners: " + opinion));

        var finance = new ArrayList<Row>();
        finance.add(new Row("Gesamtkosten der Maßnahme", GermanFormat.money(measure.getEstimatedCostEur())));
        finance.add(new Row("Personentage gesamt", GermanFormat.number(measure.getEstimatedStaffDays())));
        finance.add(new Row("Aufteilung", measure.getCostSplit() == CostSplit.EQUAL ? "zu gleichen Teilen"
                : "nach Einwohnerzahl; der Kreis trägt einen festen Anteil, die Kommunen den Rest"));
        if (share != null) {
            finance.add(new Row("Anteil " + member.dative(false) + (assigned ? "" : " (wenn alle Eingeladenen "
                    + "mitzeichnen)"), GermanFormat.money(share.costEur()) + " und "
                    + GermanFormat.number(share.staffDays()) + " Personentage"));
        }
        finance.add(new Row("Kostenobergrenze", ceiling == null ? "keine angegeben" : GermanFormat.money(ceiling)
                + (participation.getCostCeilingEur() == null ? " (der Anteil)" : "")));
        finance.add(new Row("Haushaltsjahr", years.replace("im Haushaltsjahr ", "").replace("in den Haushaltsjahren ",
                "")));

        var climate = new ArrayList<String>();
        BigDecimal co2 = measure.getCo2SavingsTonnesPerYear();
        climate.add(co2 == null || co2.signum() == 0 ? "Eine CO2-Einsparung ist für die Maßnahme nicht beziffert."
                : "Erwartete CO2-Einsparung: " + GermanFormat.number(co2) + " Tonnen pro Jahr.");
        climate.add("Beitrag zu den Zielen für nachhaltige Entwicklung (SDGs) der Agenda 2030: "
                + String.join("; ", Sdgs.titles(measure.getSdgs())) + ".");

        var frame = new ArrayList<String>();
        List<String> alliesNames = members.findAll().stream().filter(Member::isActive)
                .filter(m -> m.getKind() != MemberKind.PARTNER).map(Member::getName).toList();
        frame.add("In der " + alliance + " arbeiten " + String.join(", ", alliesNames) + " zusammen, um mit einer "
                + "Stimme zu sprechen, Synergien zu nutzen, die Maßnahmen und Kommunen sichtbarer zu machen und "
                + "gemeinsame Anliegen einfacher zu erledigen – im Rahmen des Übereinkommens von Paris und der 17 "
                + "Ziele der Agenda 2030." + (members.partnerNames().isBlank() ? ""
                : " Strategischer Partner ist " + members.partnerNames() + "."));
        var estimate = synergy.of(measure).orElseGet(() -> synergy.prospective(measure));
        frame.add("Geschätzte Einsparung gegenüber " + estimate.signers() + " Einzelvorhaben: "
                + GermanFormat.money(estimate.moneySavedEur()) + " und "
                + GermanFormat.number(estimate.staffDaysSaved()) + " Personentage (Schätzung).");

        var attachments = new ArrayList<String>();
        attachments.add("Beschreibung der Maßnahme " + measure.getReference());
        if (expertOpinion(measure).isPresent()) {
            attachments.add("Stellungnahme des strategischen Partners");
        }

        LocalDate today = GermanFormat.day(clock.instant());
        var placeholders = new LinkedHashMap<String, String>();
        placeholders.put("kommune", member.getName());
        placeholders.put("gremium", member.getCouncilBody());
        placeholders.put("aktenzeichen", measure.getReference());
        placeholders.put("titel", measure.getTitle());
        placeholders.put("datum", GermanFormat.date(today));
        placeholders.put("drucksache", participation.getCouncilPaperReference() == null ? ""
                : participation.getCouncilPaperReference());
        return new CouncilDraft("Beschlussvorlage-" + measure.getReference() + "-" + member.getId(),
                member.getCouncilBody(), member.getName(), measure.getReference(), measure.getTitle(),
                participation.getCouncilPaperReference(), today, subject, proposal, facts, finance, climate, frame,
                attachments, placeholders);
    }

    private static String budgetYears(Measure measure) {
        int from = measure.getPlannedStart().getYear();
        int to = measure.getPlannedEnd().getYear();
        return from == to ? "im Haushaltsjahr " + from : "in den Haushaltsjahren " + from + " bis " + to;
    }

    private Optional<String> expertOpinion(Measure measure) {
        return measures.events(measure).stream().filter(e -> MeasureEventType.EXPERT_OPINION_GIVEN.equals(e.getType()))
                .reduce((first, second) -> second).map(MeasureEvent::getDetail);
    }
}
