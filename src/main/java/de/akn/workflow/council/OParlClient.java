package de.akn.workflow.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.AllianceProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads OParl 1.1 objects and lists over HTTP(S) (JDK client): a connect and a read time-out per
 * request, and one deadline for everything one answer needs (a list's pages included, following
 * {@code links.next}). Anything else than a 200 with JSON is an {@link OParlUnavailable}.
 */
final class OParlClient {

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AllianceProperties.OParl config;

    OParlClient(AllianceProperties.OParl config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A deadline for one answer, from now. */
    Instant deadline() {
        return Instant.now().plus(config.totalTimeout());
    }

    JsonNode object(String url, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new OParlUnavailable("Das Ratsinformationssystem antwortet zu langsam.", null);
        }
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new OParlUnavailable("Das Ratsinformationssystem verweist auf eine Adresse, die nicht mit http "
                        + "oder https beginnt.", null);
            }
            var request = HttpRequest.newBuilder(uri).timeout(min(config.readTimeout(), left))
                    .header("Accept", "application/json").GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new OParlUnavailable("Das Ratsinformationssystem antwortet mit einem Fehler (HTTP "
                        + response.statusCode() + ").", null);
            }
            return json.readTree(response.body());
        } catch (OParlUnavailable e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OParlUnavailable("Das Ratsinformationssystem wurde nicht abgefragt.", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new OParlUnavailable("Das Ratsinformationssystem antwortet zu langsam.", e);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new OParlUnavailable("Das Ratsinformationssystem ist nicht erreichbar oder antwortet fehlerhaft.", e);
        }
    }

    /**
     * The objects of an external list, page by page, until {@code enough} says so, the list ends or
     * the page limit is reached.
     */
    List<JsonNode> list(String url, Instant deadline, Predicate<List<JsonNode>> enough) {
        var result = new ArrayList<JsonNode>();
        String next = url;
        for (int page = 0; next != null && page < config.maxPages(); page++) {
            JsonNode answer = object(next, deadline);
            JsonNode data = answer.path("data");
            if (!data.isArray()) {
                throw new OParlUnavailable("Das Ratsinformationssystem liefert keine gültige OParl-Liste.", null);
            }
            data.forEach(result::add);
            if (enough.test(result)) {
                break;
            }
            next = text(answer.path("links").path("next"));
        }
        return result;
    }

    static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
