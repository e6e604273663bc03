package de.akn.workflow.reporting.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.reporting.AnnualReportProcess;
import de.akn.workflow.reporting.AnnualReport;
import de.akn.workflow.reporting.AnnualReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/reports/annual")
@Tag(name = "Jahresberichte", description = "Der Jahresbericht der Allianz als PDF und CSV")
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AnnualReportService reports;
    private final RuntimeService runtimeService;

    ReportController(AnnualReportService reports, RuntimeService runtimeService) {
        this.reports = reports;
        this.runtimeService = runtimeService;
    }

    @GetMapping("/{year}.pdf")
    @Operation(summary = "Jahresbericht als PDF",
            description = "Für Klimaschutzmanagerinnen und Klimaschutzmanager der Mitglieder, den Partner, die "
                    + "Koordination und die Administration. Titelblatt, Kennzahlen, Diagramme nach SDG und Mitglied, Einsparungen "
                    + "(Schätzung), abgeschlossene Maßnahmen.")
    @ApiResponse(responseCode = "200", description = "Das PDF", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "Für dieses Jahr liegt noch kein Bericht vor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> pdf(@Parameter(description = "Berichtsjahr, z. B. 2026") @PathVariable int year) {
        AnnualReport report = stored(year);
        return file(report.getPdf(), MediaType.APPLICATION_PDF, "AKN-Jahresbericht-" + year + ".pdf", true,
                report.getGeneratedAt());
    }

    @GetMapping("/{year}.csv")
    @Operation(summary = "Jahresbericht als CSV (Excel)",
            description = "Eine Zeile je Maßnahme und Mitglied; UTF-8 mit BOM, Trennzeichen Semikolon, "
                    + "Dezimalkomma.")
    @ApiResponse(responseCode = "200", description = "Die Tabelle", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "Für dieses Jahr liegt noch kein Bericht vor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> csv(@Parameter(description = "Berichtsjahr, z. B. 2026") @PathVariable int year) {
        AnnualReport report = stored(year);
        return file(report.getCsv(), CSV, "AKN-Jahresbericht-" + year + ".csv", false, report.getGeneratedAt());
    }

    @PostMapping("/{year}")
    @Operation(summary = "Jahresbericht erstellen (Koordination)",
            description = "Startet den Prozess alliance-annual-report für das Jahr. Der Bericht entsteht im "
                    + "Hintergrund; danach erhalten Koordination und Mitglieder eine E-Mail mit dem Link. Ein "
                    + "vorhandener Bericht des Jahres wird ersetzt.")
    @ApiResponse(responseCode = "202", description = "Erstellung gestartet")
    @ApiResponse(responseCode = "400", description = "Ungültiges Jahr",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Nur für die Koordination")
    ResponseEntity<Map<String, Object>> generate(@PathVariable int year, Authentication user) {
        var instance = runtimeService.createProcessInstanceByKey(AnnualReportProcess.PROCESS_KEY)
                .businessKey("Jahresbericht-" + year).setVariable(AnnualReportProcess.REPORT_YEAR, year)
                .setVariable(AnnualReportProcess.INITIATOR, user.getName()).execute();
        return ResponseEntity.accepted().location(URI.create("/api/reports/annual/" + year + ".pdf"))
                .body(Map.of(AnnualReportProcess.REPORT_YEAR, year, "processInstanceId", instance.getProcessInstanceId(),
                        "pdf", "/api/reports/annual/" + year + ".pdf", "csv", "/api/reports/annual/" + year + ".csv"));
    }

    private AnnualReport stored(int year) {
        return reports.find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("report.not-yet", "year", year)));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, boolean inline,
            Instant generatedAt) {
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(name)
                .build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .lastModified(generatedAt).body(content);
    }
}
