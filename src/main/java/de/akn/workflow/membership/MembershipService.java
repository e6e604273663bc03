package de.akn.workflow.membership;

import de.akn.workflow.common.Dates;
import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.Body;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberJoined;
import de.akn.workflow.member.MemberLeft;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.member.NewMember;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code membership}: the request is checked when the process starts, the council
 * decision when the coordinator records it, and an approved request is carried out.
 */
@Service
public class MembershipService {

    private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

    private final MemberService members;
    private final MembershipMails mails;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;

    MembershipService(MemberService members, MembershipMails mails, RuntimeService runtimeService,
            ApplicationEventPublisher events) {
        this.members = members;
        this.mails = mails;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /**
     * Checks a request (the start form's or the API's variables) and returns the variables the
     * process keeps: the action, the member's id, name and label, and for JOIN its data.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> checkRequest(Map<String, ?> input, String processInstanceId) {
        MembershipAction action = Inputs.enumValue(MembershipAction.class, input.get(ACTION));
        if (action == null) {
            throw ValidationProblem.of(ACTION, Texts.text("membership.action.missing"));
        }
        var variables = new HashMap<String, Object>();
        variables.put(ACTION, action.name());
        if (action == MembershipAction.JOIN) {
            NewMember candidate = NewMember.read(apiFields(input), "");
            candidate.validate(id -> members.find(id).isPresent());
            variables.put(MEMBER_ID, candidate.id());
            variables.put(MEMBER_NAME, candidate.name());
            variables.put(MEMBER_KIND, candidate.kind().name());
            variables.put(MEMBER_POPULATION, candidate.population());
            variables.put(MEMBER_EMAIL, candidate.email());
            variables.put(MEMBER_COUNCIL_BODY, candidate.councilBody() != null ? candidate.councilBody()
                    : Body.defaultCouncilName(candidate.kind(), candidate.name()));
            var member = new Member(candidate.id(), candidate.name(), candidate.kind(), null, null, false);
            variables.put(MEMBER_LABEL, member.nominative(false));
            variables.put(REQUEST_LABEL, action.label() + " " + member.dative(false));
        } else {
            String id = Inputs.text(input.get(MEMBER_ID));
            Member leaving = members.checkLeave(id != null ? id : Inputs.text(input.get(LEAVING_MEMBER_ID)));
            variables.put(MEMBER_ID, leaving.getId());
            variables.put(MEMBER_NAME, leaving.getName());
            variables.put(MEMBER_LABEL, leaving.nominative(false));
            variables.put(REQUEST_LABEL, action.label() + " " + leaving.dative(false));
        }
        String id = (String) variables.get(MEMBER_ID);
        boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(MEMBER_ID, id).list().stream()
                .anyMatch(instance -> !instance.getId().equals(processInstanceId));
        if (running) {
            throw ValidationProblem.of(MEMBER_ID, Texts.text("membership.running", "member",
                    variables.get(MEMBER_NAME)));
        }
        return variables;
    }

    /** The business key of a membership instance: "Beitritt der Stadt Neuss". */
    public static String businessKey(Map<String, Object> variables) {
        return (String) variables.get(REQUEST_LABEL);
    }

    /** The coordinator recorded the council decision; an approval is checked against today's members again. */
    @Transactional(readOnly = true)
    public AccessionDecision decide(Map<String, ?> variables) {
        var decision = AccessionDecision.read(variables, Dates.today());
        if (decision.approved()) {
            var action = MembershipAction.valueOf((String) variables.get(ACTION));
            String id = (String) variables.get(MEMBER_ID);
            if (action == MembershipAction.JOIN && members.find(id).isPresent()) {
                throw ValidationProblem.of(MEMBER_ID, Texts.text("membership.id.taken", "id", id));
            }
            if (action == MembershipAction.LEAVE) {
                members.checkLeave(id);
            }
        }
        return decision;
    }

    /** Carries out an approved request (a job: it runs without a user, with retries). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(Map<String, ?> variables, String processInstanceId) {
        var action = MembershipAction.valueOf((String) variables.get(ACTION));
        LocalDate today = Dates.today();
        String councilDate = GermanFormat.date(Inputs.date(variables.get(COUNCIL_DECISION_DATE),
                COUNCIL_DECISION_DATE, Texts.text("membership.council-date.what"), new HashMap<>()));
        if (action == MembershipAction.JOIN) {
            var fields = new HashMap<String, Object>();
            MEMBER_FIELDS.forEach(f -> fields.put(f, variables.get(f)));
            NewMember candidate = NewMember.read(apiFields(fields), "");
            Member member = members.join(candidate, today);
            events.publishEvent(new MemberJoined(member.getId()));
            mails.joined(member, today, councilDate, processInstanceId);
        } else {
            Member member = members.leave((String) variables.get(MEMBER_ID), today);
            String reason = Texts.text("membership.left", "member", member.nominative(true),
                    "date", GermanFormat.date(today));
            log.info("Member {} left", member.getId());
            events.publishEvent(new MemberLeft(member.getId(), reason));
            mails.left(member, today, councilDate, processInstanceId);
        }
    }

    /** The form's and process's names ({@code memberName} …) as the API names them ({@code name} …). */
    private static Map<String, Object> apiFields(Map<String, ?> input) {
        var fields = new HashMap<String, Object>();
        fields.put("id", input.get(MEMBER_ID));
        fields.put("name", input.get(MEMBER_NAME));
        fields.put("kind", input.get(MEMBER_KIND));
        fields.put("population", input.get(MEMBER_POPULATION));
        fields.put("email", input.get(MEMBER_EMAIL));
        fields.put("councilBody", input.get(MEMBER_COUNCIL_BODY));
        return fields;
    }
}
