package de.akn.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wording of the Tasklist forms (bpmn/*.form): one term for a thing, Sie form, sensible examples. */
class FormWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveDifferentExamplesForTheStartAndTheEndOfAMeasure() throws IOException {
        for (String form : new String[] {"joint-measure-start.form", "revise-proposal.form"}) {
            JsonNode root = form(form);
            assertThat(field(root, "plannedStart").path("description").asText()).as(form)
                    .isEqualTo("TT.MM.JJJJ, z. B. 01.03.2027");
            assertThat(field(root, "plannedEnd").path("description").asText()).as(form)
                    .isEqualTo("TT.MM.JJJJ, z. B. 30.09.2027");
        }
    }

    @Test
    void shouldCallTheProgressOfAReportUmsetzungsstandNotStatusOrStand() throws IOException {
        for (String form : new String[] {"progress-report.form", "accept-final-report.form"}) {
            assertThat(field(form(form), "progressStatus").path("label").asText()).as(form)
                    .isEqualTo("Umsetzungsstand");
        }
    }

    @Test
    void shouldNameTheCoSigningTownsOneWayAndBothGendersInFull() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("bpmn"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                String text = Files.readString(form);
                assertThat(text).as(form.toString()).doesNotContain("Unterzeichner", "tragenden Mitglieder",
                        "Klimaschutzmanager/in");
            }
        }
        assertThat(Files.readString(Path.of("bpmn/accept-final-report.form")))
                .contains("alle mitzeichnenden Kommunen werden informiert");
    }

    private static JsonNode form(String name) throws IOException {
        return JSON.readTree(Files.readString(Path.of("bpmn", name)));
    }

    private static JsonNode field(JsonNode node, String key) {
        if (key.equals(node.path("key").asText())) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = field(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
