package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftDecisionTest {

    static Map<String, Object> variables(Object approval, Object comment) {
        var variables = new HashMap<String, Object>();
        variables.put(ProductionProcess.DRAFT_APPROVAL, approval);
        variables.put(ProductionProcess.DRAFT_COMMENT, comment);
        return variables;
    }

    static Map<String, String> errorsOf(Map<String, Object> variables) {
        return catchThrowableOfType(ValidationProblem.class, () -> DraftDecision.of(variables)).errors();
    }

    @Test
    void shouldApproveWithoutComment() {
        assertThat(DraftDecision.of(variables("APPROVE", " "))).isEqualTo(
                new DraftDecision(DraftDecision.Approval.APPROVE, null));
    }

    @Test
    void shouldAskForChangesWithAComment() {
        assertThat(DraftDecision.of(variables("CHANGES", " Logo größer. "))).isEqualTo(
                new DraftDecision(DraftDecision.Approval.CHANGES, "Logo größer."));
    }

    @Test
    void shouldRefuseChangesWithoutCommentAndAMissingDecision() {
        assertThat(errorsOf(variables("CHANGES", null))).containsExactly(entry("draftComment",
                "Bitte beschreiben Sie, was am Entwurf geändert werden soll."));
        assertThat(errorsOf(variables("VIELLEICHT", null))).containsOnlyKeys("draftApproval");
        assertThat(errorsOf(variables("APPROVE", "x".repeat(4001)))).containsOnlyKeys("draftComment");
    }
}
