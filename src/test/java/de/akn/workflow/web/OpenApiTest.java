package de.akn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.support.AknIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The OpenAPI description documents every /api endpoint in German with problem+json errors; login required. */
class OpenApiTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldDocumentEveryApiEndpointWithGermanTextsAndProblemAnswers() {
        JsonNode api = rest.withBasicAuth("km-kaarst", "demo").getForObject("/v3/api-docs", JsonNode.class);

        assertThat(api.at("/info/title").asText()).isEqualTo("AKN Klimamaßnahmen-Workflow – API");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        var paths = api.get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/measures", "/api/measures/{reference}",
                "/api/measures/{reference}/events", "/api/members", "/api/notifications",
                "/api/notifications/{id}/retry", "/api/reports/annual/{year}.pdf", "/api/reports/annual/{year}.csv",
                "/api/reports/annual/{year}", "/api/operations/migrations/{processKey}");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode op = operation.getValue();
            String where = operation.getKey() + " " + path.getKey();
            assertThat(op.get("summary")).as("summary of %s", where).isNotNull();
            assertThat(op.at("/responses/401/content/application~1problem+json/examples/beispiel/value/detail")
                    .asText()).as("401 of %s", where).isEqualTo("Bitte melden Sie sich mit Benutzername und Passwort an.");
            assertThat(op.at("/responses/403/content/application~1problem+json/schema/$ref").asText())
                    .as("403 of %s", where).isEqualTo("#/components/schemas/Problem");
        }));
        assertThat(api.at("/paths/~1api~1measures/post/responses/400/content/application~1problem+json/examples"
                + "/beispiel/value/errors/title").asText()).isEqualTo("Bitte geben Sie einen Titel an (5–200 Zeichen).");
        assertThat(api.at("/paths/~1api~1measures/post/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("ProposalRequest");
        assertThat(api.at("/components/schemas/ProposalRequest/properties/title/example").asText())
                .isEqualTo("Gemeinsame Klimawoche 2027");
        assertThat(api.at("/paths/~1api~1measures~1{reference}/get/responses/404").isMissingNode()).isFalse();
    }

    @Test
    void shouldAskForALoginBeforeShowingSwaggerUi() {
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
