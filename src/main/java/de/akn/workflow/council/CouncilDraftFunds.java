package de.akn.workflow.council;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.YearAmount;
import java.util.List;

/** Where the means of a member's share come from, as the Beschlussvorschlag says it ({@code council-draft.funds.*}). */
final class CouncilDraftFunds {

    private CouncilDraftFunds() {
    }

    /**
     * The financing sentence of the Beschlussvorschlag. A Haushaltsjahr up to {@code currentYear} has its budget:
     * the means are there, in a Produkt the Kämmerei fills in ("Die Mittel stehen im Haushaltsjahr 2026 im
     * Produkt ____ zur Verfügung."); a later one is still to be planned ("Die Mittel werden im Haushaltsjahr
     * 2027 vorbehaltlich der Haushaltsberatungen veranschlagt."). With the member's amounts per year when
     * it has several.
     */
    static String sentence(Measure measure, List<YearAmount> shareYears, int currentYear) {
        if (shareYears.size() <= 1) {
            int year = shareYears.isEmpty() ? measure.getBudget().stream().mapToInt(YearAmount::getYear).min()
                    .orElse(measure.getPlannedStart().getYear()) : shareYears.get(0).getYear();
            return Texts.text(year <= currentYear ? "council-draft.funds.available" : "council-draft.funds.planned",
                    "years", Texts.text("council-draft.years-one", "year", year));
        }
        List<YearAmount> available = shareYears.stream().filter(y -> y.getYear() <= currentYear).toList();
        List<YearAmount> planned = shareYears.stream().filter(y -> y.getYear() > currentYear).toList();
        if (planned.isEmpty()) {
            return Texts.text("council-draft.funds.available", "years", years(available));
        }
        if (available.isEmpty()) {
            return Texts.text("council-draft.funds.planned", "years", years(planned));
        }
        return Texts.text("council-draft.funds.mixed", "available", years(available), "planned", years(planned));
    }

    /** "im Haushaltsjahr 2027 (…)" or "in den Haushaltsjahren 2027 (…) und 2028 (…)". */
    private static String years(List<YearAmount> years) {
        if (years.size() == 1) {
            return Texts.text("council-draft.years-one-amount", "year", years.get(0).getYear(), "amount",
                    GermanFormat.money(years.get(0).getAmountEur()));
        }
        return Texts.text("council-draft.years-many", "years", GermanFormat.list(years.stream().map(y ->
                Texts.text("council-draft.year-amount", "year", y.getYear(), "amount",
                        GermanFormat.money(y.getAmountEur()))).toList()));
    }
}
