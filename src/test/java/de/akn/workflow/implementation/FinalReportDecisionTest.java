package de.akn.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalReportDecisionTest {

    static Map<String, Object> variables(Object decision, Object comment) {
        var variables = new HashMap<String, Object>();
        variables.put(ImplementationProcess.ACCEPT_DECISION, decision);
        variables.put(ImplementationProcess.ACCEPT_COMMENT, comment);
        return variables;
    }

    static Map<String, String> errorsOf(Map<String, Object> variables) {
        return catchThrowableOfType(ValidationProblem.class, () -> FinalReportDecision.of(variables)).errors();
    }

    @Test
    void shouldAcceptTheFinalReportWithoutComment() {
        assertThat(FinalReportDecision.of(variables("ACCEPT", "  "))).isEqualTo(
                new FinalReportDecision(AcceptDecision.ACCEPT, null));
    }

    @Test
    void shouldRequestChangesWithAComment() {
        assertThat(FinalReportDecision.of(variables("REQUEST_CHANGES", " Bitte die Kosten belegen. "))).isEqualTo(
                new FinalReportDecision(AcceptDecision.REQUEST_CHANGES, "Bitte die Kosten belegen."));
    }

    @Test
    void shouldRefuseAMissingOrUnknownDecision() {
        assertThat(errorsOf(variables(null, "Gut."))).containsExactly(entry("acceptDecision",
                "Bitte entscheiden Sie: Abschlussbericht annehmen oder Änderungen erbitten."));
        assertThat(errorsOf(variables("accept", null))).containsOnlyKeys("acceptDecision");
    }

    @Test
    void shouldRequireACommentToRequestChanges() {
        assertThat(errorsOf(variables("REQUEST_CHANGES", null))).containsExactly(entry("acceptComment",
                "Bitte beschreiben Sie, was am Abschlussbericht geändert werden soll."));
    }

    @Test
    void shouldRefuseACommentOver4000Characters() {
        assertThat(errorsOf(variables("ACCEPT", "x".repeat(4001)))).containsExactly(
                entry("acceptComment", "Der Kommentar darf höchstens 4.000 Zeichen lang sein."));
    }
}
