package de.akn.workflow.measure;

import static de.akn.workflow.measure.JointMeasureProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.member.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The measure as process variables, in the shapes Camunda Forms use: numbers as Double,
 * dates as German {@code dd.MM.yyyy} strings, lists as Spin JSON arrays of strings.
 */
public final class MeasureVariables {

    private MeasureVariables() {
    }

    public static Map<String, Object> of(Measure m, Map<String, Member> members) {
        var vars = new HashMap<String, Object>();
        vars.put(MEASURE_ID, m.getId());
        vars.put(REFERENCE, m.getReference());
        vars.put(PROPOSER, m.getProposer());
        vars.put(LEAD_MEMBER, m.getLeadMember());
        vars.put(LEAD_MEMBER_NAME, name(members, m.getLeadMember()));
        vars.put(INVITED_MEMBER_NAMES, String.join(", ", m.invitedMembers().stream()
                .map(id -> name(members, id)).toList()));
        vars.put(CATEGORY_LABEL, m.getCategory().label());
        vars.putAll(fields(m));
        return vars;
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
        vars.put(Proposal.PLANNED_START, GermanFormat.DATE.format(m.getPlannedStart()));
        vars.put(Proposal.PLANNED_END, GermanFormat.DATE.format(m.getPlannedEnd()));
        vars.put(INVITED_MEMBERS, json(m.invitedMembers()));
        vars.put(CATEGORY_LABEL, m.getCategory().label());
        // read-only in the task forms, as a German reads amounts (form-js shows numbers as 12000.5)
        vars.put(ESTIMATED_COST_TEXT, GermanFormat.money(m.getEstimatedCostEur()));
        vars.put(ESTIMATED_STAFF_DAYS_TEXT, GermanFormat.number(m.getEstimatedStaffDays()));
        vars.put(CO2_SAVINGS_TEXT, m.getCo2SavingsTonnesPerYear() == null ? "keine Angabe"
                : GermanFormat.number(m.getCo2SavingsTonnesPerYear()) + " t pro Jahr");
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

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String name(Map<String, Member> members, String id) {
        Member member = members.get(id);
        return member == null ? id : member.getName();
    }
}
