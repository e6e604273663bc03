package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist forms of production speak to a climate manager: where to upload in the browser, no field
 * names of the API and no file numbers to look up.
 */
class ProductionFormsTest {

    @Test
    void shouldTellTheContributorToUploadInTheTabNotInAnApiField() throws IOException {
        String text = texts("contribution.form");

        assertThat(text).contains("im Reiter „Maßnahme“ dieser Aufgabe hoch (Schaltfläche „Hochladen“)")
                .doesNotContain("Feld „file“", "unter der angegebenen Adresse");
    }

    @Test
    void shouldExplainTheDraftWithoutAFileNumberToLookUp() throws IOException {
        String text = texts("upload-draft.form");

        assertThat(text).contains("Bitte laden Sie den Entwurf im Reiter „Maßnahme“ dieser Aufgabe hoch")
                .contains("Nummer eines früher hochgeladenen Entwurfs (optional)")
                .doesNotContain("Nummer der Entwurfsdatei", "Dateinummer", "unter der angegebenen Adresse");
    }

    /** The form's texts, labels and descriptions; the keys the process reads stay as they were. */
    private static String texts(String form) throws IOException {
        JsonNode json = new ObjectMapper().readTree(Path.of("bpmn", form).toFile());
        var sb = new StringBuilder();
        for (JsonNode component : json.get("components")) {
            for (String field : new String[] {"text", "label", "description"}) {
                if (component.has(field)) {
                    sb.append(component.get(field).asText()).append('\n');
                }
            }
        }
        assertThat(json.findValuesAsText("key")).contains("uploadUrl");
        return sb.toString();
    }
}
