package de.akn.workflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid proposals to start from; tests change single fields. */
public final class TestProposals {

    private TestProposals() {
    }

    /** An awareness campaign under 50,000 EUR: no expert opinion needed. */
    public static Map<String, Object> climateWeek() {
        var body = new HashMap<String, Object>();
        body.put("title", "Gemeinsame Klimawoche 2027");
        body.put("summary", "Eine Woche mit Aktionen, Vorträgen und Mitmachangeboten in allen beteiligten Kommunen.");
        body.put("category", "AWARENESS");
        body.put("sdgs", List.of(11, 13));
        body.put("estimatedCostEur", 12000.00);
        body.put("estimatedStaffDays", 20);
        body.put("co2SavingsTonnesPerYear", 15);
        body.put("costSplit", "POPULATION");
        body.put("plannedStart", "2027-03-01");
        body.put("plannedEnd", "2027-09-30");
        body.put("invitedMembers", List.of("dormagen", "meerbusch"));
        return body;
    }

    /** An energy measure: the EnergieAgentur.NRW gives an expert opinion first. */
    public static Map<String, Object> solarRoofs() {
        var body = climateWeek();
        body.put("title", "Solardach-Offensive auf kommunalen Gebäuden");
        body.put("category", "ENERGY");
        body.put("sdgs", List.of(7, 13));
        body.put("estimatedCostEur", 30000);
        body.put("costSplit", "EQUAL");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        var copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
