package de.akn.workflow.cosigning;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.MeetingDays;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.review.ReviewProcess;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code measure-cosigning} path by path: decisions, council, quorum, shares, reminders, deadline. */
class CosigningProcessTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    MeasureRepository measureRepository;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    private MeasureLifecycle lifecycle;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldAdoptWhenAllCosignAndSplitByPopulation() {
        // Given Kaarst's measure approved, Dormagen and Meerbusch invited
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        assertThat(lifecycle.cosignTask(measure, "dormagen")).isNotNull();
        assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-dormagen@example.org",
                measure), l -> !l.isEmpty())).contains("[" + measure.getReference() + "] Bitte um Mitzeichnung: "
                + "Gemeinsame Klimawoche 2027");
        assertThat(rawMailsTo("km-dormagen@example.org", measure)).anyMatch(raw -> raw.contains("text/calendar"));
        // the lead town is asked as well: its proposal did not commit its budget
        assertThat(lifecycle.cosignTask(measure, "kaarst")).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-kaarst@example.org", measure).stream()
                .anyMatch(s -> s.equals("[" + measure.getReference() + "] Bitte um Mitzeichnung Ihres Vorschlags: "
                        + "Gemeinsame Klimawoche 2027")));
        assertThat(TestMail.textOf("km-kaarst@example.org", measure.getReference(), "Ihres Vorschlags"))
                .contains("Ein Vorschlag verpflichtet den Haushalt Ihrer Kommune noch nicht")
                .contains("Ihr voraussichtlicher Anteil, wenn alle Eingeladenen mitzeichnen: "
                        + GermanFormat.money(new BigDecimal("3173.25")));
        assertThat(taskService.getVariable(lifecycle.cosignTask(measure, "kaarst").getId(), "leadDecision")).isEqualTo(true);
        assertThat(taskService.getVariable(lifecycle.cosignTask(measure, "dormagen").getId(), "leadDecision")).isEqualTo(false);

        // When all three co-sign, the lead town first
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN"));
        assertThat(lifecycle.reload(measure).getStatus()).as("not adopted before every town decided")
                .isEqualTo(MeasureStatus.COSIGNING);
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN", "cosignComment", "Gern."));

        // Then the measure is adopted with shares by population among the three signers
        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(share(adopted, "kaarst")).isEqualByComparingTo("3173.25");
        assertThat(share(adopted, "dormagen")).isEqualByComparingTo("4741.64");
        assertThat(share(adopted, "meerbusch")).isEqualByComparingTo("4085.11");
        assertThat(adopted.participationOf("meerbusch").orElseThrow().getComment()).isEqualTo("Gern.");
        assertThat(measures.events(adopted)).filteredOn(e -> e.getType().equals("ADOPTED")).singleElement()
                .extracting(e -> e.getDetail()).isEqualTo("Vereinbart, mitgezeichnet von der Stadt Kaarst, "
                        + "der Stadt Dormagen und der Stadt Meerbusch");
        assertThat(adopted.participationOf("dormagen").orElseThrow().getDecidedBy()).isEqualTo("km-dormagen");
        Participation lead = adopted.participationOf("kaarst").orElseThrow();
        assertThat(lead.isLead()).isTrue();
        assertThat(lead.getStatus()).isEqualTo(ParticipationStatus.COSIGNED);
        assertThat(lead.getDecidedBy()).isEqualTo("km-kaarst");
        assertThat(lead.getCostCeilingEur()).as("the share it was shown").isEqualByComparingTo("3173.25");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("measure-implementation")
                .processInstanceBusinessKey(measure.getReference()).count()).as("implementation running").isEqualTo(1);
        // every member of the alliance hears of it
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-juechen@example.org", measure).stream()
                .anyMatch(s -> s.contains("Gemeinsame Maßnahme vereinbart: Gemeinsame Klimawoche 2027")));
        assertThat(TestMail.receivedBy("km-juechen@example.org").stream().map(TestMail::text)
                .filter(t -> t.contains(measure.getReference())).findFirst().orElseThrow())
                .contains("Stadt Dormagen: 4.741,64");
    }

    @Test
    void shouldRecomputeSharesWhenATownDeclines() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("dormagen", "meerbusch", "juechen")));
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "DECLINE",
                "cosignComment", "Kein Budget 2027."));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-juechen", measure, "juechen", Map.of("cosignDecision", "COSIGN"));
        // their shares grew above what they were shown (their ceilings): all three confirm, the lead town too
        acceptShares(measure, "meerbusch", "juechen", "kaarst");

        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.DECLINED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getCostShareEur()).isNull();
        assertThat(adopted.getParticipations().stream().filter(Participation::isSigner)
                .map(Participation::getCostShareEur).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("12000.00");
    }

    @Test
    void shouldNotAdoptWhenTheQuorumIsMissed() {
        Measure measure = lifecycle.approved("km-meerbusch", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("kaarst")));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "DECLINE"));

        lifecycle.awaitStatus(measure, MeasureStatus.NOT_ADOPTED);
        assertPassed(measure, "ServiceTask_NotAdopted", "End_NotAdopted");
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-kaarst@example.org", measure).stream()
                .anyMatch(s -> s.contains("Maßnahme nicht vereinbart")));
        assertThat(subjects("km-juechen@example.org", measure)).noneMatch(s -> s.contains("nicht vereinbart"));
    }

    @Test
    void shouldEndTheRoundForEveryoneWhenTheLeadTownDeclines() {
        // Given Kaarst's measure approved; Dormagen has co-signed already, Meerbusch waits for its council
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", MeetingDays.meetingText(30)));
        councilTask(measure, "km-meerbusch");
        TestMail.purge();

        // When the lead town declines (its council would not provide the money)
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "DECLINE", "cosignComment",
                "Keine Mittel im Haushalt 2027."));

        // Then the measure is not adopted at once, Meerbusch's open council task is gone, everyone involved is told
        Measure ended = lifecycle.awaitStatus(measure, MeasureStatus.NOT_ADOPTED);
        assertThat(ended.participationOf("kaarst").orElseThrow().getStatus()).isEqualTo(ParticipationStatus.DECLINED);
        assertThat(ended.signers()).extracting(Participation::getMemberId).containsExactly("dormagen");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(measure.getReference()).count()).isZero();
        assertPassed(measure, "ServiceTask_NotAdopted", "End_NotAdopted");
        for (String address : List.of("km-meerbusch@example.org", "km-dormagen@example.org", "coordinator@example.org")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> subjects(address, measure).stream()
                    .anyMatch(s -> s.contains("Maßnahme nicht vereinbart: Gemeinsame Klimawoche 2027")));
        }
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "nicht vereinbart"))
                .contains("die Stadt Kaarst hat sie als federführende Kommune nicht mitgezeichnet")
                .contains("Stadt Kaarst (federführend): abgelehnt");
        assertThat(measures.events(measure)).anyMatch(e -> "NOT_ADOPTED".equals(e.getType())
                && "Nicht vereinbart: Die Stadt Kaarst hat als federführende Kommune nicht mitgezeichnet"
                        .equals(e.getDetail()));
    }

    @Test
    void shouldWaitForTheLeadTownsCouncilBeforeAdopting() {
        // Given Kaarst waits for its council, both invited towns co-sign
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", MeetingDays.meetingText(30), "costCeilingEur", 4000));
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));

        // Then nothing is adopted until the lead town's council has agreed
        Task council = councilTask(measure, "km-kaarst");
        assertThat(lifecycle.reload(measure).getStatus()).isEqualTo(MeasureStatus.COSIGNING);
        assertThat(lifecycle.reload(measure).participationOf("kaarst").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COUNCIL_PENDING);
        lifecycle.complete("km-kaarst", council, Map.of("councilDecision", "COSIGN", "councilPaperReference", "DS 2027/001"));

        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(adopted.participationOf("kaarst").orElseThrow().getCostCeilingEur()).isEqualByComparingTo("4000.00");
        assertThat(share(adopted, "kaarst")).isEqualByComparingTo("3173.25");
    }

    @Test
    void shouldWaitForTheCouncilAndThenRecordItsDecision() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN"));
        String meeting = MeetingDays.meetingText(30);

        // the meeting date is required and must lie in the future
        assertThatThrownBy(() -> lifecycle.decide("km-dormagen", measure, "dormagen",
                Map.of("cosignDecision", "COUNCIL_PENDING")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Sitzung aus der Liste");
        assertThatThrownBy(() -> lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision",
                "COUNCIL_PENDING", "councilMeetingDate", LocalDate.now().minusDays(1).format(GermanFormat.DATE))))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("nach dem heutigen Tag");

        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", meeting));
        Measure pending = lifecycle.reload(measure);
        assertThat(pending.participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COUNCIL_PENDING);
        assertThat(pending.participationOf("dormagen").orElseThrow().getCouncilMeetingDate())
                .isEqualTo(MeetingDays.meeting(30));
        Task council = as("km-dormagen", () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(measure.getReference()).taskDefinitionKey(CosigningProcess.TASK_RECORD_COUNCIL_DECISION)
                .singleResult());
        assertThat(council).isNotNull();
        assertThat(Dates.day(council.getDueDate()))
                .isEqualTo(MeetingDays.dayAfter(MeetingDays.meeting(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> rawMailsTo("km-dormagen@example.org", measure).stream()
                .anyMatch(raw -> raw.contains("Ratsbeschluss eintragen") && raw.contains("text/calendar")));

        lifecycle.complete("km-dormagen", council, Map.of("councilDecision", "COSIGN", "cosignComment", "Ratsbeschluss vom "
                + meeting));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));

        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);
    }

    @Test
    void shouldAskAgainAfterTheNextMeetingWhenTheCouncilAdjourns() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN"));
        String meeting = MeetingDays.meetingText(30);

        // bad ceilings and a meeting more than a year ahead are refused, nothing is stored
        assertThatThrownBy(() -> lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision",
                "COUNCIL_PENDING", "councilMeetingDate", meeting, "costCeilingEur", -1)))
                .isInstanceOfSatisfying(ValidationProblem.class, e -> assertThat(e.errors())
                        .containsEntry("costCeilingEur", "Bitte geben Sie für die Kostenobergrenze keinen negativen Wert an."));
        assertThatThrownBy(() -> lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision",
                "COUNCIL_PENDING", "councilMeetingDate", meeting, "costCeilingEur", 20000)))
                .isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("Gesamtkosten der Maßnahme (" + GermanFormat.money(new java.math.BigDecimal("12000"))
                        + ") nicht übersteigen");
        assertThatThrownBy(() -> lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision",
                "COUNCIL_PENDING", "councilMeetingDate", LocalDate.now().plusDays(400).format(GermanFormat.DATE))))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("höchstens ein Jahr");
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.INVITED);

        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", meeting, "costCeilingEur", 5000));
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getCostCeilingEur())
                .isEqualByComparingTo("5000.00");
        Task council = councilTask(measure, "km-dormagen");

        // an adjournment needs the next meeting, after the adjourned one
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", council, Map.of("councilDecision", "POSTPONED",
                "councilMeetingDate", "")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("die nächste Sitzung aus der Liste");
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", council, Map.of("councilDecision", "POSTPONED",
                "councilMeetingDate", LocalDate.now().minusDays(1).format(GermanFormat.DATE))))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("nach dem heutigen Tag");
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", council, Map.of("councilDecision", "POSTPONED",
                "councilMeetingDate", meeting)))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("nach der vertagten Sitzung am " + meeting);
        assertThat(councilTask(measure, "km-dormagen").getId()).isEqualTo(council.getId());

        // When the council adjourns to a meeting in a month
        String next = MeetingDays.meetingText(45);
        lifecycle.complete("km-dormagen", council, Map.of("councilDecision", "POSTPONED", "councilMeetingDate", next,
                "councilPaperReference", "DS 2027/015"));

        // Then the task comes again, due the day after the next meeting, and the measure knows why
        Task again = councilTask(measure, "km-dormagen");
        assertThat(again.getId()).isNotEqualTo(council.getId());
        assertThat(Dates.day(again.getDueDate())).isEqualTo(MeetingDays.dayAfter(MeetingDays.meeting(45)));
        assertThat(taskService.getVariable(again.getId(), "councilDecision")).isNull();
        assertThat(taskService.getVariable(again.getId(), "councilBody")).isEqualTo("Rat der Stadt Dormagen");
        Participation dormagen = lifecycle.reload(measure).participationOf("dormagen").orElseThrow();
        assertThat(dormagen.getStatus()).isEqualTo(ParticipationStatus.COUNCIL_PENDING);
        assertThat(dormagen.getCouncilMeetingDate()).isEqualTo(MeetingDays.meeting(45));
        assertThat(dormagen.getCouncilPaperReference()).isEqualTo("DS 2027/015");
        assertThat(measures.events(measure)).anyMatch(e -> e.getDetail() != null
                && e.getDetail().startsWith("Stadt Dormagen: Beschluss vertagt, nächste Sitzung am " + next));

        // When the council agrees at the next meeting (its ceiling as given when co-signing)
        lifecycle.complete("km-dormagen", again, Map.of("councilDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));

        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getStatus()).isEqualTo(ParticipationStatus.COSIGNED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getCostCeilingEur()).isEqualByComparingTo("5000.00");
        assertThat(adopted.participationOf("dormagen").orElseThrow().getCouncilPaperReference()).isEqualTo("DS 2027/015");
        // without a ceiling of its own, Meerbusch's is the prospective share it was shown
        assertThat(adopted.participationOf("meerbusch").orElseThrow().getCostCeilingEur()).isEqualByComparingTo("4085.11");
    }

    @Test
    void shouldAskEverySignerAboveItsCeilingUntilNoShareExceedsIt() {
        // Given Kaarst's measure of 12,000 EUR split equally, four towns: 3,000 EUR each if all co-sign
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.with(TestProposals.with(TestProposals.climateWeek(),
                "costSplit", "EQUAL"), "invitedMembers", List.of("dormagen", "meerbusch", "juechen")));
        // Dormagen's ceiling is the share it was shown, Meerbusch's council allows 4,500 EUR, Kaarst's (the lead
        // town's) 6,000 EUR; Jüchen declines
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN", "costCeilingEur", 6000));
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN", "costCeilingEur", "4.500,00"));
        lifecycle.decide("km-juechen", measure, "juechen", Map.of("cosignDecision", "DECLINE"));

        // Then with 4,000 EUR each, only Dormagen is above its ceiling and must confirm; nothing is adopted yet
        Task dormagen = confirmTask(measure, "dormagen");
        assertThat(confirmTask(measure, "meerbusch")).isNull();
        assertThat(confirmTask(measure, "kaarst")).isNull();
        assertThat(taskService.getVariable(dormagen.getId(), "newCostShareEur")).isEqualTo(4000.0);
        assertThat(taskService.getVariable(dormagen.getId(), "costCeilingEur")).isEqualTo(3000.0);
        assertThat(lifecycle.reload(measure).getStatus()).isEqualTo(MeasureStatus.COSIGNING);
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-dormagen@example.org", measure).stream()
                .anyMatch(s -> s.contains("Höheren Kostenanteil bestätigen: Gemeinsame Klimawoche 2027")));
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "Höheren Kostenanteil"))
                .contains("Der Kostenanteil für die Stadt Dormagen steigt dadurch von "
                        + GermanFormat.money(new BigDecimal("3000")) + " auf " + GermanFormat.money(new BigDecimal("4000")))
                .contains("über Ihrer Kostenobergrenze von " + GermanFormat.money(new BigDecimal("3000")))
                .contains("Hat der Rat der Stadt Dormagen die Kostenobergrenze beschlossen");

        // another town cannot answer for Dormagen, and an answer is required
        assertThatThrownBy(() -> lifecycle.complete("km-meerbusch", dormagen, Map.of("shareConfirmation", "ACCEPT")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", dormagen, Map.of("shareConfirmation", "VIELLEICHT")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("den höheren Kostenanteil tragen");

        // When Dormagen withdraws, Kaarst and Meerbusch carry 6,000 EUR each: above Meerbusch's 4,500
        lifecycle.complete("km-dormagen", dormagen, Map.of("shareConfirmation", "WITHDRAW", "cosignComment", "Rat: höchstens 3.000 €"));
        Task meerbusch = confirmTask(measure, "meerbusch");
        assertThat(taskService.getVariable(meerbusch.getId(), "newCostShareEur")).isEqualTo(6000.0);
        assertThat(confirmTask(measure, "kaarst")).as("6,000 EUR is Kaarst's ceiling").isNull();
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.DECLINED);

        // When Meerbusch accepts, the measure is adopted with two signers at 6,000 EUR each
        lifecycle.complete("km-meerbusch", meerbusch, Map.of("shareConfirmation", "ACCEPT"));
        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(share(adopted, "kaarst")).isEqualByComparingTo("6000.00");
        assertThat(share(adopted, "meerbusch")).isEqualByComparingTo("6000.00");
        assertThat(adopted.participationOf("meerbusch").orElseThrow().getCostCeilingEur()).isEqualByComparingTo("6000.00");
        assertThat(measures.events(measure)).anyMatch(e -> "Stadt Meerbusch: trägt den höheren Anteil von "
                .concat(GermanFormat.money(new BigDecimal("6000.00"))).equals(e.getDetail()));
    }

    /** Each named signer confirms its larger share. */
    private void acceptShares(Measure measure, String... members) {
        for (String member : members) {
            lifecycle.acceptShare(measure, member);
        }
    }

    /** The signer's confirmation task, once the round of confirmations has begun (null if it has none). */
    private Task confirmTask(Measure measure, String member) {
        await().atMost(Duration.ofSeconds(20)).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(measure.getReference()).taskDefinitionKey(CosigningProcess.TASK_CONFIRM_SHARE).count() > 0);
        return lifecycle.confirmShareTask(measure, member);
    }

    private Task councilTask(Measure measure, String user) {
        await().atMost(Duration.ofSeconds(10)).until(() -> as(user, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(measure.getReference()).taskDefinitionKey(CosigningProcess.TASK_RECORD_COUNCIL_DECISION)
                .count()) == 1);
        return as(user, () -> taskService.createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_RECORD_COUNCIL_DECISION).singleResult());
    }

    @Test
    void shouldRemindOnlyTheUndecidedTownAndEscalateAtTheDeadline() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        lifecycle.decide("km-kaarst", measure, "kaarst", Map.of("cosignDecision", "COSIGN"));
        lifecycle.decide("km-meerbusch", measure, "meerbusch", Map.of("cosignDecision", "COSIGN"));
        TestMail.purge();

        // a week later: one reminder to Dormagen's climate manager, none to Meerbusch
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(7))
                .plusSeconds(60)));
        executeDueJobs(measure);
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("km-dormagen@example.org", measure).stream()
                .anyMatch(s -> s.contains("Erinnerung – Mitzeichnung ausstehend: Gemeinsame Klimawoche 2027")));
        assertThat(subjects("km-meerbusch@example.org", measure)).noneMatch(s -> s.contains("Erinnerung"));
        assertThat(subjects("km-kaarst@example.org", measure)).noneMatch(s -> s.contains("Erinnerung"));

        // at the deadline (three weeks, on a working day): NO_RESPONSE, the task is gone, the coordinator is told
        var deadline = lifecycle.cosignTask(measure, "dormagen").getDueDate().toInstant();
        assertThat(deadline).isAfterOrEqualTo(java.time.Instant.now().plus(Duration.ofDays(21)).minusSeconds(600));
        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusSeconds(120)));
        executeDueJobs(measure);
        acceptShares(measure, "meerbusch", "kaarst");
        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(adopted.participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.NO_RESPONSE);
        assertThat(lifecycle.cosignTask(measure, "dormagen")).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("coordinator@example.org", measure).stream()
                .anyMatch(s -> s.contains("Frist abgelaufen – keine Entscheidung der Stadt Dormagen: Gemeinsame Klimawoche 2027")));
    }

    @Test
    void shouldNotLetAnotherTownSeeOrCompleteTheCosignTask() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("dormagen")));
        Task dormagen = lifecycle.cosignTask(measure, "dormagen");
        assertThat(as("km-meerbusch", () -> taskService.createTaskQuery().taskId(dormagen.getId()).count())).isZero();
        assertThat(as("coordinator", () -> taskService.createTaskQuery().taskId(dormagen.getId()).count()))
                .isEqualTo(1);
        assertThatThrownBy(() -> lifecycle.complete("km-meerbusch", dormagen, Map.of("cosignDecision", "COSIGN")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @Test
    void shouldHideKaarstsTaskFromDormagenOnTheEngineRestApi() {
        Measure measure = lifecycle.approved("km-meerbusch", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("kaarst", "dormagen")));
        Task kaarst = lifecycle.cosignTask(measure, "kaarst");
        var dormagen = rest.withBasicAuth("km-dormagen", "demo");

        var single = dormagen.getForEntity("/engine-rest/task/" + kaarst.getId(), String.class);
        assertThat(single.getStatusCode().value()).isIn(403, 404);
        assertThat(dormagen.getForEntity("/engine-rest/task?processInstanceBusinessKey=" + measure.getReference(),
                String.class).getBody()).doesNotContain(kaarst.getId()).contains("Mitzeichnung");
        var complete = dormagen.postForEntity("/engine-rest/task/" + kaarst.getId() + "/complete",
                Map.of("variables", Map.of("cosignDecision", Map.of("value", "COSIGN"))), String.class);
        assertThat(complete.getStatusCode().value()).isIn(403, 404);
        assertThat(lifecycle.cosignTask(measure, "kaarst")).isNotNull();

        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/engine-rest/task/" + kaarst.getId(),
                String.class).getStatusCode().value()).isEqualTo(200);
        // Kaarst itself completes it through the REST API, as Tasklist does
        var own = rest.withBasicAuth("km-kaarst", "demo").postForEntity("/engine-rest/task/" + kaarst.getId()
                + "/complete", Map.of("variables", Map.of("cosignDecision", Map.of("value", "COSIGN"))), String.class);
        assertThat(own.getStatusCode().value()).isEqualTo(204);
        // a bad value is a 400 with the German message, nothing stored
        Task dormagenTask = lifecycle.cosignTask(measure, "dormagen");
        var bad = rest.withBasicAuth("km-dormagen", "demo").postForEntity("/engine-rest/task/" + dormagenTask.getId()
                + "/complete", Map.of("variables", Map.of("cosignDecision", Map.of("value", "VIELLEICHT"))),
                String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("Bitte wählen Sie");
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.INVITED);
    }

    /** Rounds: 5 in a plain {@code mvn verify}, 50 in .ci/run ({@code -Dakn.fault.rounds}). */
    static final int ROUNDS = Integer.getInteger("akn.fault.rounds", 5);

    @Test
    void allTownsAndTheCoordinatorAtTheSameMomentSeeNoErrorAndGetOneCorrectResult() throws Exception {
        List<String> towns = List.of("dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich", "meerbusch",
                "rommerskirchen");
        for (int round = 0; round < ROUNDS; round++) {
            Measure measure = lifecycle.approved("km-rkn", TestProposals.with(TestProposals.climateWeek(),
                    "invitedMembers", towns));
            // the eighth caller: the coordinator approves the next measure in the same moment
            Measure next = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
            Task review = taskService.createTaskQuery().processInstanceBusinessKey(next.getReference())
                    .taskDefinitionKey(ReviewProcess.TASK_FORMAL_REVIEW).singleResult();
            var pool = Executors.newFixedThreadPool(9);
            List<Callable<Void>> calls = new ArrayList<>();
            for (String town : towns) {
                Task task = lifecycle.cosignTask(measure, town);
                calls.add(() -> {
                    lifecycle.complete("km-" + town, task, Map.of("cosignDecision", "COSIGN"));
                    return null;
                });
            }
            // the Kreis leads the measure (its climate management proposed it) and co-signs in the same moment
            Task kreis = lifecycle.cosignTask(measure, "rkn");
            calls.add(() -> {
                lifecycle.complete("km-rkn", kreis, Map.of("cosignDecision", "COSIGN"));
                return null;
            });
            calls.add(() -> {
                lifecycle.complete("coordinator", review, Map.of("reviewDecision", "REJECT", "reviewComment", "Doppelt."));
                return null;
            });
            for (var future : pool.invokeAll(calls)) {
                future.get(); // rethrows any error a caller saw
            }
            pool.shutdown();
            Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
            assertThat(adopted.getParticipations()).hasSize(8).allMatch(Participation::isSigner);
            assertThat(adopted.getParticipations().stream().map(Participation::getCostShareEur)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("12000.00");
            assertThat(measures.events(adopted).stream().filter(e -> e.getType().equals("ADOPTED")).toList())
                    .singleElement().extracting(e -> e.getDetail()).asString()
                    .startsWith("Vereinbart, mitgezeichnet vom Rhein-Kreis Neuss, der Stadt ").doesNotContain("von dem");
            assertThat(lifecycle.reload(next).getStatus()).isEqualTo(MeasureStatus.REJECTED);
        }
        // and the outbox drains the storm's mails before the next test looks for its own
        await().atMost(Duration.ofSeconds(180)).until(() -> jdbc.queryForObject(
                "select count(*) from akn_notification where status = 'PENDING'", Long.class) == 0);
    }

    // --- helpers

    private <T> T as(String user, Supplier<T> action) {
        return new Users(identityService, taskService).as(user, action);
    }

    private void executeDueJobs(Measure measure) {
        for (int i = 0; i < 5; i++) {
            for (var job : managementService.createJobQuery().processInstanceId(cosigningInstanceId(measure))
                    .timers().duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the job executor runs in this application too: it may have executed the job
                    // already, or be executing it now (then the outbox's unique dedup key rolls
                    // back the second attempt, and no mail is queued twice)
                }
            }
        }
    }

    private String cosigningInstanceId(Measure measure) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(measure.getReference())
                .processDefinitionKey("measure-cosigning").singleResult();
        return instance == null ? "none" : instance.getId();
    }

    /** Whether the ended joint-measure instance passed these activities (from history). */
    private void assertPassed(Measure measure, String... activityIds) {
        var history = engine.getHistoryService();
        var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(measure.getReference())
                .processDefinitionKey("joint-measure").singleResult();
        assertThat(instance.getEndTime()).as("joint-measure ended").isNotNull();
        for (String activityId : activityIds) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId(activityId).count()).as("passed %s", activityId).isEqualTo(1);
        }
    }

    private static java.math.BigDecimal share(Measure measure, String member) {
        return measure.participationOf(member).orElseThrow().getCostShareEur();
    }

    static List<String> subjects(String address, Measure measure) {
        return TestMail.subjectsTo(address, measure.getReference());
    }

    static List<String> rawMailsTo(String address, Measure measure) {
        return TestMail.receivedBy(address).stream().map(TestMail::raw)
                .filter(raw -> raw.contains(measure.getReference())).toList();
    }
}
