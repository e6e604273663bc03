package de.akn.workflow.cosigning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CosignCommandTest {

    static final String COMMENT_TOO_LONG = "Der Kommentar darf höchstens 4.000 Zeichen lang sein.";
    static final LocalDate MEETING = LocalDate.of(2027, 4, 15);

    static Map<String, Object> decision(Object decision, Object meetingDate, Object comment) {
        var variables = new HashMap<String, Object>();
        variables.put(CosigningProcess.COSIGN_DECISION, decision);
        variables.put(CosigningProcess.COUNCIL_MEETING_DATE, meetingDate);
        variables.put(CosigningProcess.COSIGN_COMMENT, comment);
        return variables;
    }

    static Map<String, Object> councilDecision(Object decision, Object comment) {
        var variables = new HashMap<String, Object>();
        variables.put(CosigningProcess.COUNCIL_DECISION, decision);
        variables.put(CosigningProcess.COSIGN_COMMENT, comment);
        return variables;
    }

    @Test
    void shouldCosignWithAComment() {
        assertThat(CosignCommand.ofDecision("dormagen", decision("COSIGN", null, " Gern dabei. ")))
                .isEqualTo(new CosignCommand("dormagen", CosignDecision.COSIGN, "Gern dabei.", null));
    }

    @Test
    void shouldIgnoreAMeetingDateUnlessTheCouncilDecides() {
        assertThat(CosignCommand.ofDecision("dormagen", decision("DECLINE", "15.04.2027", null)))
                .isEqualTo(new CosignCommand("dormagen", CosignDecision.DECLINE, null, null));
    }

    @Test
    void shouldRefuseADecisionThatIsMissingOrUnknown() {
        for (Object value : new Object[] {null, "", "JA"}) {
            var problem = catchThrowableOfType(ValidationProblem.class,
                    () -> CosignCommand.ofDecision("dormagen", decision(value, null, null)));
            assertThat(problem.errors()).containsExactly(entry("cosignDecision",
                    "Bitte wählen Sie: mitzeichnen, ablehnen oder unter Ratsvorbehalt."));
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"15.04.2027", "2027-04-15", "2027-04-15T00:00:00"})
    void shouldWaitForTheCouncilWithAGermanOrIsoMeetingDate(String date) {
        var command = CosignCommand.ofDecision("meerbusch", decision("COUNCIL_PENDING", date, null));

        assertThat(command.decision()).isEqualTo(CosignDecision.COUNCIL_PENDING);
        assertThat(command.councilMeetingDate()).isEqualTo(MEETING);
    }

    @Test
    void shouldTakeAMeetingDateValue() {
        assertThat(CosignCommand.ofDecision("meerbusch", decision("COUNCIL_PENDING", MEETING, null))
                .councilMeetingDate()).isEqualTo(MEETING);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "31.02.2027", "nächste Woche"})
    void shouldRequireAValidMeetingDateToWaitForTheCouncil(String date) {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofDecision("meerbusch", decision("COUNCIL_PENDING", date, null)));

        assertThat(problem.errors()).containsExactly(
                entry("councilMeetingDate", "Bitte wählen Sie die Sitzung aus der Liste oder geben Sie ihr Datum ein "
                        + "(TT.MM.JJJJ)."));
    }

    @Test
    void shouldRefuseACommentOver4000Characters() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofDecision("dormagen", decision("DECLINE", null, "x".repeat(4001))));

        assertThat(problem.errors()).containsExactly(entry("cosignComment", COMMENT_TOO_LONG));
    }

    @Test
    void shouldRecordTheCouncilsDecision() {
        assertThat(CosignCommand.ofCouncilDecision("meerbusch", councilDecision("COSIGN", "Rat vom 15.04.")))
                .isEqualTo(new CosignCommand("meerbusch", CosignDecision.COSIGN, "Rat vom 15.04.", null));
        assertThat(CosignCommand.ofCouncilDecision("meerbusch", councilDecision("DECLINE", null)).decision())
                .isEqualTo(CosignDecision.DECLINE);
    }

    @Test
    void shouldNotAcceptCouncilPendingAsTheCouncilsDecision() {
        for (Object value : new Object[] {"COUNCIL_PENDING", null, "VERTAGT"}) {
            var problem = catchThrowableOfType(ValidationProblem.class,
                    () -> CosignCommand.ofCouncilDecision("meerbusch", councilDecision(value, null)));
            assertThat(problem.errors()).containsExactly(
                    entry("councilDecision", "Bitte wählen Sie den Beschluss: Zustimmung, Zustimmung mit Änderungen, "
                            + "Ablehnung, Vertagung, Verweisung oder Dringlichkeitsentscheidung."));
        }
    }

    @Test
    void shouldRefuseACouncilCommentOver4000Characters() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofCouncilDecision("meerbusch", councilDecision("COSIGN", "x".repeat(4001))));

        assertThat(problem.errors()).containsExactly(entry("cosignComment", COMMENT_TOO_LONG));
    }

    @Test
    void shouldTakeTheBodyFromAMeetingChosenFromTheList() {
        var variables = decision("COUNCIL_PENDING", null, null);
        variables.put(CosigningProcess.COUNCIL_MEETING_CHOICE, "15.04.2027|ukm");
        variables.put(CosigningProcess.COUNCIL_BODY_ID, "rat");
        var command = CosignCommand.ofDecision("kaarst", variables);
        assertThat(command.councilMeetingDate()).isEqualTo(MEETING);
        assertThat(command.bodyId()).isEqualTo("ukm");

        variables.remove(CosigningProcess.COUNCIL_MEETING_CHOICE);
        variables.put(CosigningProcess.COUNCIL_MEETING_DATE, "15.04.2027");
        assertThat(CosignCommand.ofDecision("kaarst", variables).bodyId()).isEqualTo("rat");
    }

    @Test
    void shouldNeedTheBodyAndItsMeetingForAReferral() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofCouncilDecision("kaarst", councilDecision("REFERRED", null)));
        assertThat(problem.errors()).containsOnlyKeys(CosigningProcess.COUNCIL_MEETING_DATE,
                CosigningProcess.NEXT_BODY_ID);

        var variables = councilDecision("REFERRED", null);
        variables.put(CosigningProcess.NEXT_BODY_ID, "rat");
        variables.put(CosigningProcess.COUNCIL_MEETING_DATE, "15.04.2027");
        var command = CosignCommand.ofCouncilDecision("kaarst", variables);
        assertThat(command.decision()).isEqualTo(CosignDecision.REFERRED);
        assertThat(command.bodyId()).isEqualTo("rat");
        assertThat(command.councilMeetingDate()).isEqualTo(MEETING);
    }

    @Test
    void shouldNeedAReasonAndTheConfirmingMeetingForAnUrgentDecision() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofCouncilDecision("kaarst", councilDecision("URGENT", " ")));
        assertThat(problem.errors()).containsOnlyKeys(CosigningProcess.COUNCIL_MEETING_DATE,
                CosigningProcess.COSIGN_COMMENT);
        assertThat(problem.errors().get(CosigningProcess.COSIGN_COMMENT)).contains("begründen");
    }

    @Test
    void shouldNeedTheNewCeilingWhenTheCouncilAmends() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> CosignCommand.ofCouncilDecision("kaarst", councilDecision("AMENDED", null)));
        assertThat(problem.errors()).containsOnlyKeys(CosigningProcess.COST_CEILING_EUR);

        var variables = councilDecision("AMENDED", null);
        variables.put(CosigningProcess.COST_CEILING_EUR, 2500);
        assertThat(CosignCommand.ofCouncilDecision("kaarst", variables).costCeilingEur())
                .isEqualByComparingTo("2500.00");
    }
}
