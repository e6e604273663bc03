package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.member.Member;
import de.akn.workflow.common.MemberKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static de.akn.workflow.common.Inputs.*;

/**
 * The rules for a measure proposal, in one place for the API, the Tasklist start form and
 * the revision form. Takes loosely typed input (JSON values or process variables), returns
 * a {@link Proposal} or a German message per invalid field.
 */
public final class ProposalValidator {

    /** The largest amount any form accepts (EUR, tonnes). */
    public static final BigDecimal MAX_EUR = new BigDecimal("1000000000");
    static final BigDecimal MAX_DAYS = new BigDecimal("100000");
    static final int MAX_SUMMARY = TextLimits.SUMMARY;

    private final Map<String, Member> members;

    /** @param members all members by id (active or not, partner included) */
    public ProposalValidator(Map<String, Member> members) {
        this.members = members;
    }

    /** The outcome: a proposal, or errors by field. */
    public record Result(Proposal proposal, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result validate(Map<String, ?> input, String leadMember) {
        var errors = new LinkedHashMap<String, String>();
        String title = text(input.get(Proposal.TITLE));
        if (title == null) {
            errors.put(Proposal.TITLE, "Bitte einen Titel angeben.");
        } else if (title.length() < 5 || title.length() > TextLimits.TITLE) {
            errors.put(Proposal.TITLE, "Der Titel muss 5 bis " + TextLimits.TITLE + " Zeichen lang sein (jetzt: "
                    + title.length() + ").");
        }
        String summary = text(input.get(Proposal.SUMMARY));
        if (summary == null) {
            errors.put(Proposal.SUMMARY, "Bitte eine Kurzbeschreibung der Maßnahme angeben.");
        } else if (summary.length() > MAX_SUMMARY) {
            errors.put(Proposal.SUMMARY, TextLimits.tooLong("Die Kurzbeschreibung", MAX_SUMMARY));
        }
        MeasureCategory category = enumValue(MeasureCategory.class, input.get(Proposal.CATEGORY), Proposal.CATEGORY,
                "Bitte ein Handlungsfeld wählen.", errors);
        Set<Integer> sdgs = sdgs(input.get(Proposal.SDGS), errors);
        BigDecimal cost = amount(input.get(Proposal.ESTIMATED_COST_EUR), Proposal.ESTIMATED_COST_EUR,
                "die geschätzten Kosten in Euro", 2, MAX_EUR, true, errors);
        BigDecimal staffDays = amount(input.get(Proposal.ESTIMATED_STAFF_DAYS), Proposal.ESTIMATED_STAFF_DAYS,
                "die geschätzten Personentage", 1, MAX_DAYS, true, errors);
        BigDecimal co2 = amount(input.get(Proposal.CO2_SAVINGS), Proposal.CO2_SAVINGS,
                "die erwartete CO2-Einsparung in Tonnen pro Jahr", 2, MAX_EUR, false, errors);
        // missing or empty: equal shares; anything else must name a split
        Object split = input.get(Proposal.COST_SPLIT);
        CostSplit costSplit = split == null || (split instanceof String text && text.isBlank())
                ? CostSplit.EQUAL
                : enumValue(CostSplit.class, input.get(Proposal.COST_SPLIT), Proposal.COST_SPLIT,
                        "Bitte die Kostenaufteilung wählen.", errors);
        LocalDate start = date(input.get(Proposal.PLANNED_START), Proposal.PLANNED_START, "den geplanten Beginn",
                errors);
        LocalDate end = date(input.get(Proposal.PLANNED_END), Proposal.PLANNED_END, "das geplante Ende", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put(Proposal.PLANNED_END, "Das geplante Ende (" + GermanFormat.date(end)
                    + ") darf nicht vor dem Beginn (" + GermanFormat.date(start) + ") liegen.");
        }
        List<String> invited = invitedMembers(input.get(Proposal.INVITED_MEMBERS), leadMember, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new Proposal(title, summary, category, sdgs, cost, staffDays, co2, costSplit, start, end,
                invited), Map.of());
    }

    private List<String> invitedMembers(Object value, String leadMember, Map<String, String> errors) {
        String field = Proposal.INVITED_MEMBERS;
        List<?> list = list(value);
        if (list == null) {
            errors.put(field, value == null ? "Bitte mindestens eine weitere Kommune zur Mitzeichnung einladen."
                    : "Die eingeladenen Mitglieder müssen als Liste von Kennungen angegeben werden.");
            return List.of();
        }
        var result = new LinkedHashSet<String>();
        var problems = new ArrayList<String>();
        for (Object item : list) {
            String id = text(item);
            if (id == null) {
                problems.add("Leere Mitgliedskennung.");
                continue;
            }
            Member member = members.get(id);
            if (member == null) {
                problems.add("Unbekanntes Mitglied „" + shorten(id) + "“.");
            } else if (member.getKind() == MemberKind.PARTNER) {
                problems.add(member.getName() + " ist strategischer Partner und zeichnet nicht mit.");
            } else if (!member.isActive()) {
                problems.add(member.getName() + " ist derzeit kein aktives Mitglied.");
            } else if (!result.add(id)) {
                problems.add(member.getName() + " ist doppelt eingeladen.");
            }
        }
        result.remove(leadMember);
        if (!problems.isEmpty()) {
            errors.put(field, String.join(" ", problems));
        } else if (result.isEmpty()) {
            errors.put(field, "Bitte mindestens eine weitere Kommune außer der eigenen zur Mitzeichnung einladen.");
        }
        return List.copyOf(result);
    }

    private static Set<Integer> sdgs(Object value, Map<String, String> errors) {
        List<?> list = list(value);
        if (list == null || list.isEmpty()) {
            errors.put(Proposal.SDGS, value == null || list != null
                    ? "Bitte mindestens ein Nachhaltigkeitsziel (SDG 1–17) wählen."
                    : "Die SDGs müssen als Liste von Zahlen von 1 bis 17 angegeben werden.");
            return Set.of();
        }
        var result = new TreeSet<Integer>();
        for (Object item : list) {
            Integer sdg = integer(item);
            if (sdg == null || sdg < 1 || sdg > 17) {
                errors.put(Proposal.SDGS, "Die SDGs müssen Zahlen von 1 bis 17 sein („" + shorten(String.valueOf(item))
                        + "“ ist keins).");
                return Set.of();
            }
            if (!result.add(sdg)) {
                errors.put(Proposal.SDGS, "SDG " + sdg + " ist doppelt angegeben.");
                return Set.of();
            }
        }
        return result;
    }
}
