package de.akn.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN table {@code review-routing} on its own, with the boundary values. */
class ReviewRoutingDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (var in = new FileInputStream("bpmn/review-routing.dmn")) {
            decision = dmn.parseDecision("review-routing", in);
        }
    }

    @ParameterizedTest(name = "{0}, {1} EUR → Stellungnahme {2}")
    @CsvSource({
        "ENERGY, 0, true",
        "BUILDINGS, 1000, true",
        "ENERGY, 49999.99, true",
        "AWARENESS, 0, false",
        "AWARENESS, 49999.99, false",
        "AWARENESS, 50000, true",
        "AWARENESS, 50000.01, true",
        "MOBILITY, 250000, true",
        "EVENT, 12000, false",
        "PUBLICATION, 49999, false",
        "ADAPTATION, 50000, true",
        "OTHER, 10, false"
    })
    void shouldRouteToExpertReviewForEnergyBuildingsAndFromFiftyThousandEuro(String category, double cost,
            boolean expected) {
        var result = dmn.evaluateDecisionTable(decision, Map.of("category", category, "estimatedCostEur", cost));
        assertThat((Boolean) result.getSingleEntry()).isEqualTo(expected);
    }

    @Test
    void shouldHaveExactlyOneMatchingRuleForEveryCategory() {
        for (String category : new String[] {"ENERGY", "MOBILITY", "BUILDINGS", "ADAPTATION", "AWARENESS", "EVENT",
                "PUBLICATION", "OTHER"}) {
            assertThat(dmn.evaluateDecisionTable(decision, Map.of("category", category, "estimatedCostEur", 1.0)))
                    .hasSize(1);
        }
    }
}
