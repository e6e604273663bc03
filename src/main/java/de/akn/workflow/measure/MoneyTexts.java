package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import java.util.List;

/**
 * A measure's money as people read it in forms, mails, the dossier and the Beschlussvorlage: amounts per
 * budget year ("2027: 6.000,00 €; 2028: 6.000,00 €") and a line per funding programme.
 */
public final class MoneyTexts {

    private MoneyTexts() {
    }

    /** "2027: 6.000,00 €; 2028: 6.000,00 €". */
    public static String years(List<YearAmount> years) {
        return String.join("; ", years.stream().map(MoneyTexts::year).toList());
    }

    /** "2027: 6.000,00 €". */
    public static String year(YearAmount year) {
        return Texts.text("measure.year-amount", "year", year.getYear(), "amount",
                GermanFormat.money(year.getAmountEur()));
    }

    /** One line per funding programme, or "keine" without funding. */
    public static String funding(List<Funding> funding) {
        return funding.isEmpty() ? Texts.text("measure.funding-none")
                : String.join("\n", funding.stream().map(MoneyTexts::funding).toList());
    }

    /** "Kommunalrichtlinie (NKI): 60 % der Kosten, 7.200,00 € (geplant, Antragsfrist 31.03.2027)" and so on. */
    public static String funding(Funding f) {
        Object[] values = {"name", f.getProgrammeName(), "rate", GermanFormat.number(f.getRatePercent()), "amount",
            GermanFormat.money(f.getAmountEur()), "deadline", GermanFormat.date(f.getApplicationDeadline()),
            "appliedOn", GermanFormat.date(f.getAppliedOn()), "decidedOn", GermanFormat.date(f.getDecidedOn()),
            "granted", GermanFormat.money(f.getGrantedAmountEur()), "reference", f.getGrantReference()};
        return switch (f.getStatus()) {
            case PLANNED -> Texts.text("measure.funding.planned", values);
            case APPLIED -> Texts.text("measure.funding.applied", values);
            case GRANTED -> Texts.text("measure.funding.granted", values);
            case REJECTED -> Texts.text("measure.funding.rejected", values);
        };
    }
}
