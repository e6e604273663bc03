package de.akn.workflow.membership;

import de.akn.workflow.common.Dates;
import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.common.GermanFormat;
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
     * Checks a request (read from the start form's or the API's variables) and returns the variables the
     * process keeps: the action, the member's id, name and label, and for JOIN its data.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> checkRequest(MembershipRequest request, String processInstanceId) {
        MembershipAction action = request.action();
        var variables = new HashMap<String, Object>();
        variables.put(ACTION, action.name());
        if (action == MembershipAction.JOIN) {
            NewMember candidate = request.candidate();
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
            Member leaving = members.checkLeave(request.memberId());
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

    /**
     * The coordinator recorded the council decision ({@link AccessionDecision}, read from the form): an approval is
     * checked against today's members again.
     */
    @Transactional(readOnly = true)
    public void decide(MembershipAction action, String memberId, AccessionDecision decision) {
        if (decision.approved()) {
            if (action == MembershipAction.JOIN && members.find(memberId).isPresent()) {
                throw ValidationProblem.of(MEMBER_ID, Texts.text("membership.id.taken", "id", memberId));
            }
            if (action == MembershipAction.LEAVE) {
                members.checkLeave(memberId);
            }
        }
    }

    /** Carries out an approved request (a job: it runs without a user, with retries). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(MembershipRequest request, LocalDate councilDecisionDate, String processInstanceId) {
        LocalDate today = Dates.today();
        String councilDate = GermanFormat.date(councilDecisionDate);
        if (request.action() == MembershipAction.JOIN) {
            Member member = members.join(request.candidate(), today);
            events.publishEvent(new MemberJoined(member.getId()));
            mails.joined(member, today, councilDate, processInstanceId);
        } else {
            Member member = members.leave(request.memberId(), today);
            String reason = Texts.text("membership.left", "member", member.nominative(true),
                    "date", GermanFormat.date(today));
            log.info("Member {} left", member.getId());
            events.publishEvent(new MemberLeft(member.getId(), reason));
            mails.left(member, today, councilDate, processInstanceId);
        }
    }
}
