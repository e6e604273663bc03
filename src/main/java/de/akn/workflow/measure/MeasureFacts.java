package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A measure's plan as people read it, in one place for every view that shows it — the mails, the dossier, the
 * forms' display variables, letters: "12.000,00 €", "01.03.2027 bis 30.09.2027", "15 t CO2-Äquivalente pro Jahr
 * (geplant)". A new field of a measure is formatted here once.
 *
 * @param funding one line per programme (empty without funding)
 * @param netCost the cost after funding; null without funding
 */
public record MeasureFacts(String reference, String title, String summary, String category, String sdgs,
        String leadMember, String invitedMembers, String estimatedCost, String budget, List<String> funding,
        String netCost, String staffDays, String co2, String costSplit, String implementation, String period) {

    /** @param memberName a member's name by id, e.g. "Stadt Kaarst" */
    public static MeasureFacts of(Measure m, Function<String, String> memberName) {
        return new MeasureFacts(m.getReference(), m.getTitle(), m.getSummary(), m.getCategory().label(),
                String.join(", ", m.getSdgs().stream().sorted().map(String::valueOf).toList()),
                memberName.apply(m.getLeadMember()),
                String.join(", ", m.invitedMembers().stream().map(memberName).toList()),
                GermanFormat.money(m.getEstimatedCostEur()), MoneyTexts.years(m.getBudget()),
                m.getFunding().stream().map(MoneyTexts::funding).toList(),
                m.getFunding().isEmpty() ? null : GermanFormat.money(m.netCostEur()),
                GermanFormat.number(m.getEstimatedStaffDays()), co2(m), m.getCostSplit().label(),
                m.getImplementation().label(), Texts.text("measure.period", "start",
                        GermanFormat.date(m.getPlannedStart()), "end", GermanFormat.date(m.getPlannedEnd())));
    }

    /** "15 t CO2-Äquivalente pro Jahr (geplant)", or "keine Angabe". */
    public static String co2(MeasurePlan m) {
        return m.getCo2SavingsTonnesPerYear() == null ? Texts.text("co2.none")
                : Texts.text("co2.planned", "co2", GermanFormat.number(m.getCo2SavingsTonnesPerYear()));
    }

    /** The funding lines as one text (one line per programme), or null without funding. */
    public String fundingText() {
        return funding.isEmpty() ? null : String.join("\n", funding);
    }

    /** The model of the mail template's measure table ({@code templates/mail/measure.html}). */
    public Map<String, String> mailModel() {
        var model = new LinkedHashMap<String, String>();
        model.put("reference", reference);
        model.put("title", title);
        model.put("summary", summary);
        model.put("category", category);
        model.put("sdgs", sdgs);
        model.put("leadMember", leadMember);
        model.put("invitedMembers", invitedMembers);
        model.put("estimatedCost", estimatedCost);
        model.put("budget", budget);
        model.put("funding", fundingText());
        model.put("netCost", netCost);
        model.put("estimatedStaffDays", staffDays);
        model.put("co2", co2);
        model.put("costSplit", costSplit);
        model.put("period", period);
        return model;
    }
}
