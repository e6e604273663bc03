package de.akn.workflow.council;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Sdgs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.council.CouncilDraft.Row;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.measure.YearAmount;
import de.akn.workflow.member.Body;
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

    /** A document to download: its file name and content. */
    public record Document(String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    public Document docx(String reference, String memberId, String userId, Collection<String> groups) {
        CouncilDraft draft = draft(reference, memberId, userId, groups);
        return new Document(draft.fileName() + ".docx", docx.render(draft, memberId));
    }

    @Transactional(readOnly = true)
    public Document pdf(String reference, String memberId, String userId, Collection<String> groups) {
        CouncilDraft draft = draft(reference, memberId, userId, groups);
        return new Document(draft.fileName() + ".pdf", pdf.render(draft));
    }

    /** The draft, if the caller may read it: 404 for an unknown measure or member, 403 for another town. */
    @Transactional(readOnly = true)
    public CouncilDraft draft(String reference, String memberId, String userId, Collection<String> groups) {
        Member member = members.find(memberId).filter(m -> m.getKind() != MemberKind.PARTNER).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Dieses Mitglied der Allianz gibt es nicht."));
        boolean allowed = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || groups.contains(Member.MEMBER_GROUP_PREFIX + memberId)
                || groups.contains(Member.SIGN_OFF_GROUP_PREFIX + memberId);
        if (!allowed) {
            throw new ForbiddenProblem("Diese Beschlussvorlage können nur das Klimaschutzmanagement "
                    + member.genitive() + ", die Koordination und die Administration abrufen.");
        }
        Measure measure = measures.find(reference, new Viewer(userId, true, List.of())).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Diese Maßnahme gibt es nicht."));
        if (measure.getStatus() == MeasureStatus.IN_REVIEW || measure.getStatus() == MeasureStatus.REVISION
                || measure.getStatus() == MeasureStatus.REJECTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Eine Beschlussvorlage gibt es, sobald die "
                    + "Koordination die Maßnahme zur Mitzeichnung freigegeben hat.");
        }
        Participation participation = measure.participationOf(memberId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, member.nominative(true) + " ist an dieser Maßnahme "
                        + "nicht beteiligt."));
        return draft(measure, member, participation);
    }

    private CouncilDraft draft(Measure measure, Member member, Participation participation) {
        String alliance = properties.name();
        String title = "„" + measure.getTitle() + "“";
        boolean assigned = participation.getCostShareEur() != null;
        CostShare share = assigned ? new CostShare(participation.getCostShareEur(), participation.getStaffDaysShare(),
                participation.getCostSharesByYear())
                : cosigning.prospectiveShare(measure.getId(), member.getId()).orElse(null);
        BigDecimal ceiling = participation.getCostCeilingEur() != null ? participation.getCostCeilingEur()
                : share == null ? null : share.costEur();
        List<YearAmount> shareYears = share == null ? List.of() : share.byYear();
        String years = budgetYears(measure, shareYears);
        String ifAll = assigned ? "" : ", wenn alle Eingeladenen mitzeichnen";
        Member lead = members.find(measure.getLeadMember()).orElse(null);

        String subject = "Gemeinsame Maßnahme " + title + " der " + alliance + " – Mitzeichnung durch "
                + member.accusative();
        String proposal = "Der " + member.getCouncilBody() + " stimmt der Mitzeichnung der gemeinsamen Maßnahme "
                + title + " der " + alliance + " (Aktenzeichen der Allianz " + measure.getReference() + ") durch "
                + member.accusative() + " zu."
                + (ceiling == null ? "" : " " + member.nominative(true) + " übernimmt einen Kostenanteil von höchstens "
                        + GermanFormat.money(ceiling) + " (Kostenobergrenze)"
                        + (share == null ? "" : " und bringt voraussichtlich " + GermanFormat.number(share.staffDays())
                                + " Personentage ein") + ". Die Verwaltung wird beauftragt, die Mittel " + years
                        + " bereitzustellen.");

        var facts = new ArrayList<String>();
        facts.add((lead == null ? measure.getLeadMember() : lead.nominative(true)) + " hat die Maßnahme am "
                + GermanFormat.date(measure.getCreatedAt()) + " in der Allianz vorgeschlagen und führt sie federführend "
                + "durch; die Koordination der Allianz hat sie geprüft und zur Mitzeichnung freigegeben.");
        facts.add(measure.getSummary());
        facts.add("Handlungsfeld: " + measure.getCategory().label() + ". Geplanter Zeitraum: "
                + GermanFormat.date(measure.getPlannedStart()) + " bis " + GermanFormat.date(measure.getPlannedEnd())
                + ".");
        List<String> others = measure.invitedMembers().stream().filter(id -> !id.equals(member.getId()))
                .map(id -> members.find(id).map(Member::nominativeLowerCase).orElse(id)).toList();
        if (!others.isEmpty()) {
            facts.add("Zur Mitzeichnung eingeladen " + (others.size() == 1 ? "ist" : "sind") + " außerdem "
                    + GermanFormat.list(others) + ".");
        }
        measures.expertOpinion(measure).ifPresent(opinion -> facts.add("Der strategische Partner der Allianz ("
                + members.partnerNames() + ") hat fachlich Stellung genommen. " + opinion));

        var finance = new ArrayList<Row>();
        finance.add(new Row("Geschätzte Gesamtkosten der Maßnahme", GermanFormat.money(measure.getEstimatedCostEur())));
        for (YearAmount year : measure.getBudget()) {
            finance.add(new Row(Texts.text("council-draft.cost-in-year", "year", year.getYear()),
                    GermanFormat.money(year.getAmountEur())));
        }
        for (Funding funding : measure.getFunding()) {
            finance.add(new Row(Texts.text("council-draft.funding"),
                    MoneyTexts.funding(funding)));
        }
        if (!measure.getFunding().isEmpty()) {
            finance.add(new Row(Texts.text("council-draft.net-cost"), GermanFormat.money(measure.netCostEur())));
        }
        finance.add(new Row("Geschätzte Personentage insgesamt", GermanFormat.number(measure.getEstimatedStaffDays())));
        finance.add(new Row("Kostenaufteilung", costSplit(measure)));
        if (share != null) {
            finance.add(new Row((assigned ? "Anteil " : "Voraussichtlicher Anteil ") + member.genitive()
                    + (assigned ? "" : " (wenn alle Eingeladenen mitzeichnen)"), GermanFormat.money(share.costEur())
                    + " und " + GermanFormat.number(share.staffDays()) + " Personentage"));
        }
        finance.add(new Row("Kostenobergrenze", ceiling == null ? "keine angegeben" : GermanFormat.money(ceiling)
                + (participation.getCostCeilingEur() == null ? " (entspricht dem voraussichtlichen Anteil)" : "")));
        for (YearAmount year : shareYears) {
            finance.add(new Row(Texts.text("council-draft.share-in-year", "member", member.genitive(), "year",
                    year.getYear()), GermanFormat.money(year.getAmountEur())));
        }
        finance.add(new Row("Deckung (Produkt, Sachkonto)", "von der Kämmerei zu ergänzen"));
        var estimate = synergy.of(measure).orElseGet(() -> synergy.prospective(measure));
        finance.add(new Row("Einsparung durch gemeinsames Vorgehen (Schätzung)",
                GermanFormat.money(estimate.moneySavedEur()) + " und " + GermanFormat.number(estimate.staffDaysSaved())
                        + " Personentage gegenüber " + estimate.signers() + " einzelnen Vorhaben" + ifAll));

        var climate = new ArrayList<String>();
        BigDecimal co2 = measure.getCo2SavingsTonnesPerYear();
        String byLead = lead == null ? "der federführenden Kommune" : lead.dative(false);
        climate.add(co2 == null || co2.signum() == 0 ? "Eine CO2-Einsparung ist für die Maßnahme nicht beziffert."
                : "Nach Angabe " + (lead == null ? "der federführenden Kommune" : lead.genitive()) + " spart die "
                        + "Maßnahme insgesamt voraussichtlich " + GermanFormat.number(co2) + " t CO2-Äquivalente pro Jahr ein.");
        climate.add("Beitrag zu den Zielen für nachhaltige Entwicklung (SDGs) der Agenda 2030: "
                + String.join("; ", Sdgs.titles(measure.getSdgs())) + ".");

        var frame = new ArrayList<String>();
        List<String> allies = members.findAll().stream().filter(Member::isActive)
                .filter(m -> m.getKind() != MemberKind.PARTNER).map(Member::nominativeLowerCase).toList();
        frame.add("In der " + alliance + " arbeiten " + GermanFormat.list(allies) + " zusammen, um mit einer Stimme "
                + "zu sprechen, Synergien zu nutzen, ihre Klimaschutzmaßnahmen sichtbarer zu machen und gemeinsame "
                + "Anliegen einfacher umzusetzen – im Rahmen des Übereinkommens von Paris und der 17 Ziele der "
                + "Agenda 2030." + (members.partnerNames().isBlank() ? ""
                : " Strategischer Partner der Allianz: " + members.partnerNames() + "."));
        frame.add("Die Maßnahme wird von " + byLead + " federführend umgesetzt; "
                + "die mitzeichnenden Mitglieder tragen die Kosten und Personentage gemeinsam.");

        var attachments = new ArrayList<String>();
        attachments.add("Anlage 1: Beschreibung der Maßnahme " + title + " (Aktenzeichen der Allianz "
                + measure.getReference() + ")");
        if (measures.expertOpinion(measure).isPresent()) {
            attachments.add("Anlage 2: Stellungnahme des strategischen Partners (" + members.partnerNames() + ")");
        }

        LocalDate today = GermanFormat.day(clock.instant());
        var placeholders = new LinkedHashMap<String, String>();
        placeholders.put("kommune", member.getName());
        placeholders.put("gremium", member.getCouncilBody());
        placeholders.put("massnahme", measure.getReference());
        placeholders.put("titel", measure.getTitle());
        placeholders.put("datum", GermanFormat.date(today));
        placeholders.put("sitzung", participation.getCouncilMeetingDate() == null ? ""
                : GermanFormat.date(participation.getCouncilMeetingDate()));
        placeholders.put("drucksache", participation.getCouncilPaperReference() == null ? ""
                : participation.getCouncilPaperReference());
        String consultation = consultation(member, participation);
        return new CouncilDraft("Beschlussvorlage-" + measure.getReference() + "-" + member.getId(), consultation,
                member.getName(), measure.getReference(), measure.getTitle(), participation.getCouncilPaperReference(),
                today, subject, proposal, facts, finance, climate, frame, attachments, placeholders);
    }

    /**
     * The Beratungsfolge: the body the town waits for, with its meeting; a committee advises first
     * (Vorberatung) and the council decides.
     */
    private static String consultation(Member member, Participation participation) {
        String meeting = participation.getCouncilMeetingDate() == null ? ""
                : Texts.text("council-draft.meeting", "date", GermanFormat.date(participation.getCouncilMeetingDate()));
        Body first = Optional.ofNullable(participation.getCouncilBodyId()).flatMap(member::body)
                .orElse(member.council());
        if (first.getKind() == Body.Kind.COUNCIL) {
            return first.getName() + meeting;
        }
        return Texts.text("council-draft.consultation", "committee", first.getName(), "meeting", meeting,
                "council", member.council().getName());
    }

    private String costSplit(Measure measure) {
        if (measure.getCostSplit() == CostSplit.EQUAL) {
            return "zu gleichen Teilen unter den mitzeichnenden Mitgliedern";
        }
        Optional<Member> kreis = measure.getParticipations().stream().map(Participation::getMemberId)
                .map(members::find).flatMap(Optional::stream).filter(m -> m.getKind() == MemberKind.KREIS).findFirst();
        if (kreis.isEmpty()) {
            return "nach Einwohnerzahl";
        }
        BigDecimal kreisShare = properties.costSplit().kreisShare();
        return "nach Einwohnerzahl: " + kreis.get().nominative(true) + " trägt "
                + (kreisShare == null ? "einen gleichen Anteil wie jedes mitzeichnende Mitglied"
                        : GermanFormat.number(kreisShare.movePointRight(2)) + " % der Kosten")
                + ", die Städte und Gemeinden teilen den Rest nach ihrer Einwohnerzahl";
    }

    /** "im Haushaltsjahr 2027" or, with the member's amounts, "in den Haushaltsjahren 2027 (…) und 2028 (…)". */
    private static String budgetYears(Measure measure, List<YearAmount> shareYears) {
        if (shareYears.size() > 1) {
            return Texts.text("council-draft.years-many", "years", GermanFormat.list(shareYears.stream().map(y ->
                    Texts.text("council-draft.year-amount", "year", y.getYear(), "amount",
                            GermanFormat.money(y.getAmountEur()))).toList()));
        }
        int year = shareYears.isEmpty() ? measure.getBudget().stream().mapToInt(YearAmount::getYear).min()
                .orElse(measure.getPlannedStart().getYear()) : shareYears.get(0).getYear();
        return Texts.text("council-draft.years-one", "year", year);
    }
}
