package de.akn.workflow.reporting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.SynergyProperties;
import de.akn.workflow.member.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The template model of the annual report PDF: every figure formatted the German way. */
final class AnnualReportView {

    static final int MAX_REPORT_TEXT = 600;

    private AnnualReportView() {
    }

    static Map<String, Object> model(AnnualReportFigures f, List<Member> members, AllianceProperties properties,
            SynergyProperties synergy, Instant generatedAt) {
        Map<String, String> names = names(members);
        var model = new HashMap<String, Object>();
        model.put("year", f.year);
        model.put("allianceName", properties.name());
        model.put("allianceShortName", properties.shortName());
        model.put("generatedOn", GermanFormat.date(generatedAt));
        model.put("members", members.stream().filter(m -> m.isMemberIn(f.year) && m.getKind() != MemberKind.PARTNER)
                .map(m -> Map.of("name", m.getName(), "population", m.getPopulation() == null ? ""
                        : Texts.text("report.population", "population", integer(m.getPopulation())))).toList());
        model.put("partners", members.stream().filter(m -> m.isMemberIn(f.year) && m.getKind() == MemberKind.PARTNER)
                .map(Member::getName).collect(Collectors.joining(", ")));
        model.put("empty", f.measureCount == 0);
        model.put("measureCount", integer(f.measureCount));
        model.put("carried", integer(f.totals.carried()));
        model.put("completedCount", integer(f.completed.size()));
        model.put("plannedCost", money(f.totals.plannedCostEur()));
        model.put("plannedStaffDays", decimal(f.totals.plannedStaffDays()));
        model.put("spentInYear", money(f.totals.spentInYearEur()));
        model.put("spentToDate", money(f.totals.spentToDateEur()));
        model.put("moneySaved", money(f.totals.moneySavedEur()));
        model.put("staffDaysSaved", decimal(f.totals.staffDaysSaved()));
        model.put("co2Planned", decimal(f.totals.co2PlannedPerYear()) + " t");
        model.put("co2InYear", decimal(f.totals.co2ReportedInYear()) + " t");
        model.put("co2ToDate", decimal(f.totals.co2ReportedToDate()) + " t");
        model.put("synergyNote", Texts.text("report.synergy-estimate", "factor",
                decimal(synergy.standaloneFactor()), "measured", Texts.text("report.synergy-measured")));
        model.put("settledCount", integer(f.totals.settled()));
        model.put("settledPlanned", money(f.totals.settledPlannedCostEur()));
        model.put("actualCost", money(f.totals.actualCostEur()));
        model.put("fundingReceived", money(f.totals.fundingReceivedEur()));
        model.put("netActualCost", money(f.totals.netActualCostEur()));
        model.put("moneySavedMeasured", money(f.totals.moneySavedMeasuredEur()));

        model.put("byStatus", f.byStatus.entrySet().stream().map(e -> Map.of("label", e.getKey().label(),
                "count", integer(e.getValue()))).toList());
        model.put("byCategory", f.byCategory.entrySet().stream().map(e -> Map.of("label", e.getKey().label(),
                "count", integer(e.getValue().count()), "cost", money(e.getValue().plannedCostEur()))).toList());

        var participations = new LinkedHashMap<String, Integer>();
        var signed = new LinkedHashMap<String, Integer>();
        var costs = new LinkedHashMap<String, BigDecimal>();
        var memberLines = new ArrayList<Map<String, String>>();
        BigDecimal shareTotal = BigDecimal.ZERO;
        BigDecimal staffTotal = BigDecimal.ZERO;
        for (var line : f.byMember.values()) {
            String name = names.getOrDefault(line.member, line.member);
            participations.put(name, line.participations);
            signed.put(name, line.signed);
            costs.put(name, line.costShareEur);
            shareTotal = shareTotal.add(line.costShareEur);
            staffTotal = staffTotal.add(line.staffDaysShare);
            memberLines.add(Map.of("name", name, "participations", integer(line.participations), "led",
                    integer(line.led), "signed", integer(line.signed), "cost", money(line.costShareEur),
                    "staffDays", decimal(line.staffDaysShare)));
        }
        model.put("byMember", memberLines);
        model.put("shareTotal", money(shareTotal));
        model.put("staffDaysShareTotal", decimal(staffTotal));
        model.put("sdgChart", ReportCharts.sdgChart(f.bySdg));
        model.put("memberChart", ReportCharts.memberParticipationChart(participations, signed));
        model.put("memberCostChart", ReportCharts.memberCostChart(costs));

        model.put("completed", f.completed.stream().map(m -> Map.ofEntries(
                Map.entry("reference", m.reference),
                Map.entry("title", m.title),
                Map.entry("category", m.category.label()),
                Map.entry("lead", names.getOrDefault(m.leadMember, m.leadMember)),
                Map.entry("signers", m.signers().stream().map(s -> names.getOrDefault(s.member(), s.member()))
                        .collect(Collectors.joining(", "))),
                Map.entry("cost", money(m.estimatedCostEur)),
                Map.entry("spent", money(m.spentToDate())),
                Map.entry("actual", m.isSettled() ? Texts.text("report.actual", "actual", money(m.actualCostEur),
                        "received", money(m.fundingReceivedEur), "net", money(m.netActualCostEur)) : ""),
                Map.entry("co2", decimal(m.co2ToDate()) + " t"),
                Map.entry("co2Method", m.co2Method == null ? "" : Texts.text("report.co2-method", "method",
                        m.co2Method)),
                Map.entry("method", AnnualReportFigures.synergyOf(m, synergy.standaloneFactor()).method()
                        .label()),
                Map.entry("saved", money(AnnualReportFigures.synergyOf(m, synergy.standaloneFactor())
                        .moneySavedEur())),
                Map.entry("text", excerpt(m.latest() == null ? "" : m.latest().text())))).toList());
        return model;
    }

    static Map<String, String> names(List<Member> members) {
        return members.stream().collect(Collectors.toMap(Member::getId, Member::getName, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static String excerpt(String text) {
        return text.length() <= MAX_REPORT_TEXT ? text : text.substring(0, MAX_REPORT_TEXT).trim() + " …";
    }

    static String money(BigDecimal value) {
        // a plain space: the PDF fonts lack the no-break space
        return GermanFormat.money(value).replace('\u00A0', ' ');
    }

    static String decimal(BigDecimal value) {
        return GermanFormat.numberFormat(2).format(value);
    }

    static String integer(long value) {
        return GermanFormat.integer(value);
    }
}
