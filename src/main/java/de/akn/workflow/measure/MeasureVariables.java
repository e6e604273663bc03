package de.akn.workflow.measure;

import static de.akn.workflow.measure.JointMeasureProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.member.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The measure in the shapes Camunda Forms use (numbers as Double, dates as German {@code dd.MM.yyyy} strings, lists
 * as Spin JSON arrays of strings): the few values the processes keep ({@link #process}) and what the forms show,
 * computed when a form is opened ({@link #display}; ADR 0015).
 */
public final class MeasureVariables {

    /** The names in {@link #display} that no form edits: a form that shows them never writes them back. */
    public static final Set<String> SHOWN_ONLY = Set.of(REFERENCE, LEAD_MEMBER_NAME, INVITED_MEMBER_NAMES,
            CATEGORY_LABEL, ESTIMATED_COST_TEXT, ESTIMATED_STAFF_DAYS_TEXT, BUDGET_TEXT, FUNDING_TEXT, FUNDING_PLANNED,
            NET_COST_TEXT, CO2_SAVINGS_TEXT);

    /** The names of {@link #display}: the proposal's fields and {@link #SHOWN_ONLY}. */
    public static final Set<String> DISPLAY_NAMES = Stream.concat(SHOWN_ONLY.stream(), Stream.of(Proposal.TITLE,
            Proposal.SUMMARY, Proposal.CATEGORY, Proposal.SDGS, Proposal.ESTIMATED_COST_EUR, Proposal.ESTIMATED_STAFF_DAYS,
            Proposal.CO2_SAVINGS, Proposal.COST_SPLIT, Proposal.IMPLEMENTATION, Proposal.CO2_METHOD,
            Proposal.CO2_LIFETIME_YEARS, Proposal.EEA_FIELD, Proposal.PLANNED_START, Proposal.PLANNED_END,
            INVITED_MEMBERS)).collect(Collectors.toUnmodifiableSet());

    /** The names of {@link #process}: what {@code joint-measure} keeps. */
    public static final Set<String> PROCESS_NAMES = Set.of(MEASURE_ID, REFERENCE, TITLE, PROPOSER, LEAD_MEMBER,
            LEAD_MEMBER_NAME, INVITED_MEMBERS, Proposal.CATEGORY);

    /** What a form may submit and no process keeps: a revision removes it again once the measure has it. */
    public static final Set<String> FORM_ONLY = Stream.concat(DISPLAY_NAMES.stream(), ProposalFormRows.NAMES.stream())
            .filter(name -> !PROCESS_NAMES.contains(name)).collect(Collectors.toUnmodifiableSet());

    private MeasureVariables() {
    }

    /**
     * What {@code joint-measure} keeps as its variables (DESIGN.md): the ids its gateways and the
     * sub-processes' expressions read, and what Tasklist's lists show (reference, title, lead town).
     * Everything a form only displays comes from {@link #display} when the form is opened.
     */
    public static Map<String, Object> process(Measure m, Map<String, Member> members) {
        var vars = new HashMap<String, Object>();
        vars.put(MEASURE_ID, m.getId());
        vars.put(REFERENCE, m.getReference());
        vars.put(TITLE, m.getTitle());
        vars.put(PROPOSER, m.getProposer());
        vars.put(LEAD_MEMBER, m.getLeadMember());
        vars.put(LEAD_MEMBER_NAME, name(members, m.getLeadMember()));
        vars.put(INVITED_MEMBERS, json(m.invitedMembers()));
        vars.put(Proposal.CATEGORY, m.getCategory().name());
        return vars;
    }

    /** The measure as the task forms show it: its proposal fields and their German texts, never stored. */
    public static Map<String, Object> display(Measure m, Map<String, Member> members) {
        var vars = new HashMap<String, Object>(fields(m));
        vars.put(REFERENCE, m.getReference());
        vars.put(LEAD_MEMBER_NAME, name(members, m.getLeadMember()));
        vars.put(INVITED_MEMBER_NAMES, String.join(", ", m.invitedMembers().stream()
                .map(id -> name(members, id)).toList()));
        return vars;
    }

    /** What a revision changes of {@link #process} that the processes after the review read (list column, gateway). */
    public static Map<String, Object> revised(Measure m) {
        return Map.of(TITLE, m.getTitle(), Proposal.CATEGORY, m.getCategory().name());
    }

    /** The editable proposal fields. */
    public static Map<String, Object> fields(Measure m) {
        var vars = new HashMap<String, Object>();
        vars.put(Proposal.TITLE, m.getTitle());
        vars.put(Proposal.SUMMARY, m.getSummary());
        vars.put(Proposal.CATEGORY, m.getCategory().name());
        vars.put(Proposal.SDGS, json(m.getSdgs().stream().map(String::valueOf).toList()));
        vars.put(Proposal.ESTIMATED_COST_EUR, number(m.getEstimatedCostEur()));
        vars.put(Proposal.ESTIMATED_STAFF_DAYS, number(m.getEstimatedStaffDays()));
        vars.put(Proposal.CO2_SAVINGS, number(m.getCo2SavingsTonnesPerYear()));
        vars.put(Proposal.COST_SPLIT, m.getCostSplit().name());
        vars.put(Proposal.IMPLEMENTATION, m.getImplementation().name());
        vars.put(Proposal.CO2_METHOD, m.getCo2Method());
        vars.put(Proposal.CO2_LIFETIME_YEARS, m.getCo2LifetimeYears());
        // a string, as the select in the forms submits it
        vars.put(Proposal.EEA_FIELD, m.getEeaField() == null ? null : String.valueOf(m.getEeaField()));
        vars.put(Proposal.PLANNED_START, GermanFormat.DATE.format(m.getPlannedStart()));
        vars.put(Proposal.PLANNED_END, GermanFormat.DATE.format(m.getPlannedEnd()));
        vars.put(INVITED_MEMBERS, json(m.invitedMembers()));
        vars.put(CATEGORY_LABEL, m.getCategory().label());
        // read-only in the task forms, as a German reads amounts (form-js shows numbers as 12000.5)
        MeasureFacts facts = MeasureFacts.of(m, id -> id);
        vars.put(ESTIMATED_COST_TEXT, facts.estimatedCost());
        vars.put(ESTIMATED_STAFF_DAYS_TEXT, facts.staffDays());
        vars.put(BUDGET_TEXT, facts.budget());
        vars.put(FUNDING_TEXT, MoneyTexts.funding(m.getFunding()));
        vars.put(FUNDING_PLANNED, !m.getFunding().isEmpty());
        vars.put(NET_COST_TEXT, GermanFormat.money(m.netCostEur()));
        vars.put(CO2_SAVINGS_TEXT, facts.co2());
        return vars;
    }

    /** Turns variable values (Spin JSON from forms, Java lists) into plain Java values. */
    public static Object plain(Object value) {
        if (value instanceof SpinJsonNode node) {
            return plain(node);
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>();
            c.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }

    public static Map<String, Object> plain(Map<String, ?> variables) {
        var result = new HashMap<String, Object>();
        variables.forEach((k, v) -> result.put(k, plain(v)));
        return result;
    }

    private static Object plain(SpinJsonNode node) {
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Object>();
            node.fieldNames().forEach(name -> map.put(name, plain(node.prop(name))));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.elements().forEach(e -> list.add(plain(e)));
            return list;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.boolValue();
        }
        if (node.isNull()) {
            return null;
        }
        return node.toString();
    }

    private static SpinJsonNode json(List<String> values) {
        var array = Spin.JSON("[]");
        values.forEach(array::append);
        return array;
    }

    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String name(Map<String, Member> members, String id) {
        Member member = members.get(id);
        return member == null ? id : member.getName();
    }
}
