package de.akn.workflow.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Reads OParl 1.1 objects and lists over HTTP(S) (JDK client): a connect time-out, a read time-out
 * per request, and one deadline for everything one answer needs — a list's pages included
 * (following {@code links.next}) and the body of each answer, whose size is limited. Only addresses
 * on the host of the member's OParl body are followed, and no redirect: an answer cannot send the
 * server to another (internal) address. Anything but a 200 with JSON is an {@link OParlUnavailable}
 * whose message says why, in German.
 */
final class OParlClient {

    /** The largest answer read (a page of an OParl list is far smaller). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final OParlProperties config;

    OParlClient(OParlProperties config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A deadline for one answer, from now. */
    Instant deadline() {
        return Instant.now().plus(config.totalTimeout());
    }

    /**
     * @param origin the member's OParl body: only addresses on its scheme, host and port are read
     */
    JsonNode object(String url, URI origin, Instant deadline) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new OParlUnavailable(Texts.text("oparl.invalid-address"), e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new OParlUnavailable(Texts.text("oparl.not-http"), null);
        }
        if (!sameOrigin(uri, origin)) {
            throw new OParlUnavailable(Texts.text("oparl.other-server"), null);
        }
        var request = HttpRequest.newBuilder(uri).timeout(min(config.readTimeout(), left(deadline)))
                .header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<InputStream>> sent = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = sent.get(left(deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                response.body().close();
                throw new OParlUnavailable(Texts.text("oparl.http-error", "status", response.statusCode()), null);
            }
            CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> read(response.body()));
            try {
                return json.readTree(body.get(left(deadline).toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                response.body().close();
                throw e;
            }
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new OParlUnavailable(Texts.text("oparl.too-slow"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OParlUnavailable(Texts.text("oparl.interrupted"), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OParlUnavailable unavailable) {
                throw unavailable;
            }
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new OParlUnavailable(Texts.text("oparl.too-slow"), e);
            }
            throw new OParlUnavailable(Texts.text("oparl.unreachable"), e);
        } catch (IOException e) {
            throw new OParlUnavailable(Texts.text("oparl.unreachable"), e);
        }
    }

    /**
     * The objects of an external list, page by page, until {@code enough} says so, the list ends or
     * the page limit is reached.
     */
    List<JsonNode> list(String url, URI origin, Instant deadline, Predicate<List<JsonNode>> enough) {
        var result = new ArrayList<JsonNode>();
        String next = url;
        for (int page = 0; next != null && page < config.maxPages(); page++) {
            JsonNode answer = object(next, origin, deadline);
            JsonNode data = answer.path("data");
            if (!data.isArray()) {
                throw new OParlUnavailable(Texts.text("oparl.not-a-list"), null);
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

    private static byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new OParlUnavailable(Texts.text("oparl.too-large"), null);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameOrigin(URI uri, URI origin) {
        return uri.getScheme().equalsIgnoreCase(origin.getScheme()) && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(origin.getHost()) && port(uri) == port(origin);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Duration left(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new OParlUnavailable(Texts.text("oparl.too-slow"), null);
        }
        return left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(Objects.requireNonNull(b)) <= 0 ? a : b;
    }
}
