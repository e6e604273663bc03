package de.akn.workflow.web;

import de.akn.workflow.common.Texts;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} (springdoc, Swagger UI at {@code /swagger-ui.html},
 * login required): German texts, HTTP Basic, and the problem+json answers every endpoint can
 * give (400, 401, 403, 404) with examples.
 */
@Configuration
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI allianceOpenApi() {
        var problem = new ObjectSchema().description("Fehler nach RFC 9457 (application/problem+json), Texte deutsch")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example(Texts.text("problem.title.invalid")))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example(Texts.text("openapi.example.invalid")))
                .addProperty("instance", new StringSchema().example("/api/measures"))
                .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                        .description("Eine deutsche Meldung je ungültigem Feld (nur bei 400)")
                        .example(Map.of("title", Texts.text("openapi.example.title"))));
        return new OpenAPI()
                .info(new Info().title("AKN Klimamaßnahmen-Workflow – API").version("1")
                        .description("Gemeinsame Klimaschutzmaßnahmen der Allianz für Klima und Nachhaltigkeit im "
                                + "Rhein-Kreis Neuss: Maßnahmen vorschlagen und lesen, Mitglieder, Jahresberichte, "
                                + "E-Mail-Ausgang. Anmeldung mit HTTP Basic (dasselbe Konto wie in Tasklist); "
                                + "Aufgaben werden über /engine-rest bzw. Tasklist erledigt."))
                .components(new Components().addSchemas(PROBLEM, problem)
                        .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Konto des Workflow-Systems, z. B. km-kaarst")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }

    /** Adds the problem+json answers with German examples to every operation under /api. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                var responses = operation.getResponses();
                add(responses, "401", problem("Nicht angemeldet oder falsches Passwort", 401,
                        Texts.text("security.unauthorized.title"), Texts.text("openapi.example.unauthorized")));
                add(responses, "403", problem("Keine Berechtigung für diese Aktion", 403,
                        Texts.text("problem.title.forbidden"), Texts.text("problem.forbidden")));
                if (path.contains("{")) {
                    add(responses, "404", problem("Nicht gefunden", 404, Texts.text("problem.title.not-found"),
                            Texts.text("openapi.example.not-found")));
                }
                if (operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || responses.containsKey("400")) {
                    var badRequest = problem("Ungültige Eingabe: eine deutsche Meldung je Feld, nichts gespeichert",
                            400, Texts.text("problem.title.invalid"), Texts.text("openapi.example.invalid-title"));
                    add(responses, "400", badRequest);
                }
            });
        });
    }

    /** A response the controller documented keeps its description and gets the problem+json content. */
    private static void add(io.swagger.v3.oas.models.responses.ApiResponses responses, String status,
            ApiResponse problem) {
        ApiResponse documented = responses.get(status);
        if (documented == null) {
            responses.addApiResponse(status, problem);
        } else {
            documented.setContent(problem.getContent());
        }
    }

    private static ApiResponse problem(String description, int status, String title, String detail) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", "about:blank");
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        if (status == 400) {
            example.put("errors", Map.of("title", Texts.text("openapi.example.title")));
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new ObjectSchema().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples("beispiel", new Example().value(example))));
    }
}
