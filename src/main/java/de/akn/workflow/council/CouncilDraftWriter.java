package de.akn.workflow.council;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Sdgs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.cosigning.CostSplitProperties;
import de.akn.workflow.council.CouncilDraft.Row;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.YearAmount;
import de.akn.workflow.member.Body;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Beschlussvorlage of a member for a measure as a German administration writes a Vorlage. The
 * wording is in {@code messages/council_de.properties} ({@code council-draft.*}), one key per paragraph or
 * table row; this class only chooses the paragraphs and fills in the facts.
 */
final class CouncilDraftWriter {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningService cosigning;
    private final Synergy synergy;
    private final AllianceProperties properties;
    private final CostSplitProperties costSplit;

    CouncilDraftWriter(MeasureService measures, MemberService members, CosigningService cosigning, Synergy synergy,
            AllianceProperties properties, CostSplitProperties costSplit) {
        this.measures = measures;
        this.members = members;
        this.cosigning = cosigning;
        this.synergy = synergy;
        this.properties = properties;
        this.costSplit = costSplit;
    }

    CouncilDraft write(Measure measure, Member member, Participation participation, LocalDate today) {
        boolean assigned = participation.getCostShareEur() != null;
        CostShare share = assigned ? new CostShare(participation.getCostShareEur(), participation.getStaffDaysShare(),
                participation.getCostSharesByYear())
                : cosigning.prospectiveShare(measure.getId(), member.getId()).orElse(null);
        BigDecimal ceiling = participation.getCostCeilingEur() != null ? participation.getCostCeilingEur()
                : share == null ? null : share.costEur();
        List<YearAmount> shareYears = share == null ? List.of() : share.byYear();
        Optional<Member> lead = members.find(measure.getLeadMember());

        String subject = Texts.text("council-draft.subject", "title", measure.getTitle(), "alliance",
                properties.name(), "member", member.accusative());
        String proposal = Texts.text("council-draft.proposal", "body", member.council().getName(), "title",
                measure.getTitle(), "alliance", properties.name(), "reference", measure.getReference(), "member",
                member.accusative());
        if (ceiling != null) {
            proposal += " " + (share == null
                    ? Texts.text("council-draft.proposal.ceiling", "member", member.nominative(true), "ceiling",
                            GermanFormat.money(ceiling))
                    : Texts.text("council-draft.proposal.ceiling-days", "member", member.nominative(true), "ceiling",
                            GermanFormat.money(ceiling), "days", GermanFormat.number(share.staffDays())))
                    + " " + CouncilDraftFunds.sentence(measure, shareYears, today.getYear());
        }
        String consultation = consultation(member, participation);
        return new CouncilDraft("Beschlussvorlage-" + measure.getReference() + "-" + member.getId(), consultation,
                member.getName(), measure.getReference(), measure.getTitle(), participation.getCouncilPaperReference(),
                today, subject, proposal, facts(measure, member, lead),
                finance(measure, member, participation, share, ceiling, assigned), climate(measure, lead),
                frame(measure, lead), placeholders(measure, member, participation, today));
    }

    private List<String> facts(Measure measure, Member member, Optional<Member> lead) {
        var facts = new ArrayList<String>();
        facts.add(Texts.text("council-draft.facts.proposed", "lead", lead.map(l -> l.nominative(true))
                .orElseGet(() -> Texts.text("council-draft.lead-unknown")), "date",
                GermanFormat.date(measure.getCreatedAt())));
        facts.add(measure.getSummary());
        facts.add(Texts.text("council-draft.facts.field", "field", measure.getCategory().label(), "start",
                GermanFormat.date(measure.getPlannedStart()), "end", GermanFormat.date(measure.getPlannedEnd())));
        List<String> others = measure.invitedMembers().stream().filter(id -> !id.equals(member.getId()))
                .map(members::find).flatMap(Optional::stream).map(Member::nominativeLowerCase).toList();
        if (!others.isEmpty()) {
            facts.add(Texts.text(others.size() == 1 ? "council-draft.facts.invited-one"
                    : "council-draft.facts.invited-many", "members", GermanFormat.list(others)));
        }
        measures.expertOpinion(measure).ifPresent(opinion -> facts.addAll(PartnerOpinion.paragraphs(partner(),
                opinion.detailParts().orElseGet(EventDetail::none))));
        return facts;
    }

    /** The partner as the subject of a sentence: "Die EnergieAgentur.NRW", or in general terms if several. */
    private String partner() {
        List<Member> partners = members.partners();
        return partners.size() == 1 ? partners.get(0).nominative(true) : Texts.text("council-draft.partner");
    }

    private List<Row> finance(Measure measure, Member member, Participation participation, CostShare share,
            BigDecimal ceiling, boolean assigned) {
        var finance = new ArrayList<Row>();
        finance.add(new Row(Texts.text("council-draft.total"), GermanFormat.money(measure.getEstimatedCostEur())));
        for (YearAmount year : measure.getBudget()) {
            finance.add(new Row(Texts.text("council-draft.cost-in-year", "year", year.getYear()),
                    GermanFormat.money(year.getAmountEur())));
        }
        for (Funding funding : measure.getFunding()) {
            finance.add(new Row(Texts.text("council-draft.funding"), MoneyTexts.funding(funding)));
        }
        if (!measure.getFunding().isEmpty()) {
            finance.add(new Row(Texts.text("council-draft.net-cost"), GermanFormat.money(measure.netCostEur())));
        }
        finance.add(new Row(Texts.text("council-draft.staff-days"),
                GermanFormat.number(measure.getEstimatedStaffDays())));
        finance.add(new Row(Texts.text("council-draft.split"), costSplit(measure)));
        if (share != null) {
            finance.add(new Row(Texts.text(assigned ? "council-draft.share" : "council-draft.share-prospective",
                    "member", member.genitive()), moneyAndDays(share.costEur(), share.staffDays())));
        }
        finance.add(new Row(Texts.text("council-draft.ceiling"), ceiling == null
                ? Texts.text("council-draft.ceiling.none")
                : participation.getCostCeilingEur() == null
                        ? Texts.text("council-draft.ceiling.as-share", "money", GermanFormat.money(ceiling))
                        : GermanFormat.money(ceiling)));
        for (YearAmount year : share == null ? List.<YearAmount>of() : share.byYear()) {
            finance.add(new Row(Texts.text("council-draft.share-in-year", "member", member.genitive(), "year",
                    year.getYear()), GermanFormat.money(year.getAmountEur())));
        }
        finance.add(new Row(Texts.text("council-draft.cover"), Texts.text("council-draft.cover.open")));
        var estimate = synergy.of(measure).orElseGet(() -> synergy.prospective(measure));
        finance.add(new Row(Texts.text("council-draft.synergy"), Texts.text(assigned ? "council-draft.synergy.value"
                : "council-draft.synergy.prospective", "money", GermanFormat.money(estimate.moneySavedEur()), "days",
                GermanFormat.number(estimate.staffDaysSaved()), "signers", estimate.signers())));
        return finance;
    }

    private static String moneyAndDays(BigDecimal money, BigDecimal days) {
        return Texts.text("council-draft.money-and-days", "money", GermanFormat.money(money), "days",
                GermanFormat.number(days));
    }

    private static List<String> climate(Measure measure, Optional<Member> lead) {
        BigDecimal co2 = measure.getCo2SavingsTonnesPerYear();
        return List.of(co2 == null || co2.signum() == 0 ? Texts.text("council-draft.climate.none")
                : Texts.text("council-draft.climate.co2", "lead", lead.map(Member::genitive)
                        .orElseGet(() -> Texts.text("council-draft.lead-unknown-genitive")), "tonnes",
                        GermanFormat.number(co2)),
                Texts.text("council-draft.climate.sdgs", "sdgs", String.join("; ", Sdgs.titles(measure.getSdgs()))));
    }

    private List<String> frame(Measure measure, Optional<Member> lead) {
        List<String> allies = members.findAll().stream().filter(Member::isActive)
                .filter(m -> m.getKind() != MemberKind.PARTNER).map(Member::nominativeLowerCase).toList();
        String alliance = Texts.text("council-draft.frame.alliance", "alliance", properties.name(), "members",
                GermanFormat.list(allies));
        String partners = members.partnerNames();
        return List.of(partners.isBlank() ? alliance
                        : alliance + " " + Texts.text("council-draft.frame.partners", "partners", partners),
                Texts.text("council-draft.frame.lead", "lead", lead.map(l -> l.afterVon())
                        .orElseGet(() -> Texts.text("council-draft.lead-unknown-dative"))));
    }

    private static LinkedHashMap<String, String> placeholders(Measure measure, Member member,
            Participation participation, LocalDate today) {
        var placeholders = new LinkedHashMap<String, String>();
        placeholders.put("kommune", member.getName());
        placeholders.put("gremium", member.council().getName());
        placeholders.put("massnahme", measure.getReference());
        placeholders.put("titel", measure.getTitle());
        placeholders.put("datum", GermanFormat.date(today));
        placeholders.put("sitzung", participation.getCouncilMeetingDate() == null ? ""
                : GermanFormat.date(participation.getCouncilMeetingDate()));
        placeholders.put("drucksache", participation.getCouncilPaperReference() == null ? ""
                : participation.getCouncilPaperReference());
        return placeholders;
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
            return Texts.text("council-draft.split.equal");
        }
        Optional<Member> kreis = measure.getParticipations().stream().map(Participation::getMemberId)
                .map(members::find).flatMap(Optional::stream).filter(m -> m.getKind() == MemberKind.KREIS).findFirst();
        if (kreis.isEmpty()) {
            return Texts.text("council-draft.split.population");
        }
        BigDecimal kreisShare = costSplit.kreisShare();
        return kreisShare == null
                ? Texts.text("council-draft.split.kreis-equal", "kreis", kreis.get().nominative(true))
                : Texts.text("council-draft.split.kreis-percent", "kreis", kreis.get().nominative(true), "percent",
                        GermanFormat.number(kreisShare.movePointRight(2)));
    }
}
