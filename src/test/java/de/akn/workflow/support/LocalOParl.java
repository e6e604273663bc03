package de.akn.workflow.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A local OParl 1.1 server (WireMock) serving documents shaped like the specification's examples
 * ({@code src/test/resources/oparl/}): a body, its organisations on two pages (a committee, then the
 * Rat), the Rat's meetings on two pages (one past, {@link #SOON}, {@link #LATER}, a cancelled one),
 * a paper "DS 2027/015" and its agenda item's result "Geändert beschlossen".
 */
public final class LocalOParl {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    /** Council meetings on working days followed by one (past the Vorlagenschluss of three weeks). */
    public static final LocalDate SOON = meetingDay(30);
    public static final LocalDate LATER = meetingDay(60);

    private static LocalDate meetingDay(int daysAhead) {
        var calendar = de.akn.workflow.common.WorkingDaysTest.defaultCalendar();
        LocalDate day = calendar.onOrAfter(TODAY.plusDays(daysAhead));
        while (!calendar.isWorkingDay(day.plusDays(1))) {
            day = calendar.onOrAfter(day.plusDays(1));
        }
        return day;
    }

    public static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());

    private LocalOParl() {
    }

    /** Serves the documents under /{prefix}/… and returns the body's URL. */
    public static String body(String prefix) {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
        String base = SERVER.baseUrl() + "/" + prefix;
        stub("/" + prefix + "/body/0", "body.json", base);
        stub("/" + prefix + "/body/0/organizations/", "organizations-1.json", base);
        stub("/" + prefix + "/body/0/organizations/?page=2", "organizations-2.json", base);
        stub("/" + prefix + "/organization/1/meetings", "meetings-1.json", base);
        stub("/" + prefix + "/organization/1/meetings?page=2", "meetings-2.json", base);
        stub("/" + prefix + "/body/0/papers/", "papers.json", base);
        stub("/" + prefix + "/agendaitem/3271", "agendaitem.json", base);
        return base + "/body/0";
    }

    private static void stub(String path, String file, String base) {
        try (var in = LocalOParl.class.getResourceAsStream("/oparl/" + file)) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base)
                    .replace("{{past}}", TODAY.minusDays(30).toString()).replace("{{soon}}", SOON.toString())
                    .replace("{{later}}", LATER.toString());
            SERVER.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type",
                    "application/json; charset=utf-8").withBody(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
