package de.akn.workflow.measure.web;

import de.akn.workflow.measure.Proposal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/measures}. Values are taken as sent and checked by the
 * shared rules, so that a wrong type gets the same German per-field message as a wrong value.
 */
@Schema(description = "Vorschlag einer gemeinsamen Maßnahme")
record ProposalRequest(
        @Schema(example = "Gemeinsame Klimawoche 2027", description = "5–200 Zeichen") Object title,
        @Schema(example = "Eine Woche mit Aktionen in allen beteiligten Kommunen.") Object summary,
        @Schema(example = "AWARENESS", allowableValues = {"ENERGY", "MOBILITY", "BUILDINGS", "ADAPTATION",
                "AWARENESS", "EVENT", "PUBLICATION", "OTHER"}) Object category,
        @Schema(example = "[11, 13]", description = "SDGs 1–17, mindestens eines") Object sdgs,
        @Schema(example = "12000.00", description = "≥ 0, höchstens 2 Nachkommastellen") Object estimatedCostEur,
        @Schema(example = "20", description = "≥ 0") Object estimatedStaffDays,
        @Schema(example = "15", description = "≥ 0, optional") Object co2SavingsTonnesPerYear,
        @Schema(example = "POPULATION", allowableValues = {"EQUAL", "POPULATION"}) Object costSplit,
        @Schema(example = "2027-03-01") Object plannedStart,
        @Schema(example = "2027-09-30", description = "nicht vor plannedStart") Object plannedEnd,
        @Schema(example = "[\"dormagen\", \"meerbusch\"]",
                description = "Mindestens eine weitere aktive Kommune; nie der Partner") Object invitedMembers,
        @Schema(example = "[{\"year\": 2027, \"amountEur\": 12000.00}]",
                description = "Kosten je Haushaltsjahr im geplanten Zeitraum, zusammen genau estimatedCostEur; "
                        + "fehlt die Angabe: alles im Jahr des Beginns") Object budget,
        @Schema(example = "[{\"programme\": \"krl\", \"ratePercent\": 60, \"amountEur\": 7200.00, "
                + "\"applicationDeadline\": \"2027-03-31\"}]", description = "Geplante Förderung: Programm aus "
                        + "/api/funding-programmes, Förderquote bis zu dessen Höchstsatz, Betrag (fehlt er: Quote × "
                        + "Kosten), Antragsfrist (fehlt sie: Ende des nächsten Förderaufrufs)") Object funding,
        @Schema(example = "JOINT", allowableValues = {"JOINT", "LOCAL"}, description = "JOINT: die federführende "
                + "Kommune setzt um und rechnet ab (Standard); LOCAL: jede mitzeichnende Kommune setzt ihren Teil "
                + "vor Ort um und berichtet selbst") Object implementation,
        @Schema(example = "BISKO-konform", maxLength = 200,
                description = "Wie die CO2-Einsparung (CO2-Äquivalente) ermittelt wurde, optional") Object co2Method,
        @Schema(example = "10", description = "Wirkungsdauer der Einsparung in Jahren, 1–50, optional")
        Object co2LifetimeYears,
        @Schema(example = "6", description = "Maßnahmenbereich des European Energy Award, 1–6, optional")
        Object eeaField) {

    Map<String, Object> toInput() {
        var input = new HashMap<String, Object>();
        input.put(Proposal.TITLE, title);
        input.put(Proposal.SUMMARY, summary);
        input.put(Proposal.CATEGORY, category);
        input.put(Proposal.SDGS, sdgs);
        input.put(Proposal.ESTIMATED_COST_EUR, estimatedCostEur);
        input.put(Proposal.ESTIMATED_STAFF_DAYS, estimatedStaffDays);
        input.put(Proposal.CO2_SAVINGS, co2SavingsTonnesPerYear);
        input.put(Proposal.COST_SPLIT, costSplit);
        input.put(Proposal.PLANNED_START, plannedStart);
        input.put(Proposal.PLANNED_END, plannedEnd);
        input.put(Proposal.INVITED_MEMBERS, invitedMembers);
        input.put(Proposal.BUDGET, budget);
        input.put(Proposal.FUNDING, funding);
        input.put(Proposal.IMPLEMENTATION, implementation);
        input.put(Proposal.CO2_METHOD, co2Method);
        input.put(Proposal.CO2_LIFETIME_YEARS, co2LifetimeYears);
        input.put(Proposal.EEA_FIELD, eeaField);
        return input;
    }
}
