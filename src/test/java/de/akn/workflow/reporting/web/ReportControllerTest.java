package de.akn.workflow.reporting.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.reporting.AnnualReport;
import de.akn.workflow.reporting.AnnualReportProcess;
import de.akn.workflow.reporting.AnnualReportService;
import de.akn.workflow.security.ApiSecuritySlice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReportController.class)
@Import(ApiSecuritySlice.class)
class ReportControllerTest {

    static final byte[] PDF = "%PDF-1.7 Jahresbericht".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AnnualReportService reports;

    @MockitoBean
    RuntimeService runtimeService;

    @MockitoBean
    IdentityService identityService;

    static AnnualReport report2026() {
        AnnualReport report = mock(AnnualReport.class);
        given(report.getPdf()).willReturn(PDF);
        given(report.getCsv()).willReturn("\uFEFFAktenzeichen;Titel\r\n".getBytes(StandardCharsets.UTF_8));
        given(report.getGeneratedAt()).willReturn(Instant.parse("2027-01-15T06:00:00Z"));
        return report;
    }

    @Test
    void shouldServeTheReportAsPdfToThePartner() throws Exception {
        // Given
        AnnualReport report = report2026();
        given(reports.find(2026)).willReturn(Optional.of(report));

        // When / Then: shown in the browser, with its date for caches
        mvc.perform(get("/api/reports/annual/2026.pdf").with(user("ea").authorities(() -> "partner-energieagentur")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(header().string("Content-Disposition",
                        Matchers.containsString("filename=\"AKN-Jahresbericht-2026.pdf\"")))
                .andExpect(header().string("Last-Modified", "Fri, 15 Jan 2027 06:00:00 GMT"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void shouldServeTheReportAsCsvForExcel() throws Exception {
        // Given
        AnnualReport report = report2026();
        given(reports.find(2026)).willReturn(Optional.of(report));

        // When / Then
        mvc.perform(get("/api/reports/annual/2026.csv").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"AKN-Jahresbericht-2026.csv\""))
                .andExpect(content().string(Matchers.startsWith("\uFEFFAktenzeichen;")));
    }

    @Test
    void shouldAnswer404ForAYearWithoutReport() throws Exception {
        // Given
        given(reports.find(2031)).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/api/reports/annual/2031.pdf").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Für 2031 liegt noch kein Jahresbericht vor")));
    }

    @Test
    void shouldKeepTheReportFromAccountsOutsideTheAlliance() throws Exception {
        // When / Then: signed in, but in none of the alliance's groups
        mvc.perform(get("/api/reports/annual/2026.pdf").with(user("gast").authorities(() -> "visitors")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));

        then(reports).shouldHaveNoInteractions();
    }

    @Test
    void shouldStartTheReportForTheCoordinatorAndAnswer202() throws Exception {
        // Given
        ProcessInstantiationBuilder builder = mock(ProcessInstantiationBuilder.class, RETURNS_SELF);
        ProcessInstanceWithVariables instance = mock(ProcessInstanceWithVariables.class);
        given(instance.getProcessInstanceId()).willReturn("process-7");
        given(builder.execute()).willReturn(instance);
        given(runtimeService.createProcessInstanceByKey(AnnualReportProcess.PROCESS_KEY)).willReturn(builder);

        // When
        mvc.perform(post("/api/reports/annual/2026").with(user("coordinator").authorities(() -> "coordinator")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/reports/annual/2026.pdf"))
                .andExpect(jsonPath("$.reportYear").value(2026))
                .andExpect(jsonPath("$.processInstanceId").value("process-7"))
                .andExpect(jsonPath("$.pdf").value("/api/reports/annual/2026.pdf"))
                .andExpect(jsonPath("$.csv").value("/api/reports/annual/2026.csv"));

        // Then
        then(builder).should().businessKey("Jahresbericht-2026");
        then(builder).should().setVariable(AnnualReportProcess.REPORT_YEAR, 2026);
        then(builder).should().setVariable(AnnualReportProcess.INITIATOR, "coordinator");
    }

    @Test
    void shouldLeaveStartingTheReportToTheCoordinator() throws Exception {
        // When / Then
        mvc.perform(post("/api/reports/annual/2026").with(user("km-kaarst").authorities(() -> "member-kaarst",
                        () -> "climate-managers")))
                .andExpect(status().isForbidden());

        then(runtimeService).shouldHaveNoInteractions();
    }

    @Test
    void shouldRefuseAYearThatIsNoNumber() throws Exception {
        mvc.perform(post("/api/reports/annual/letztes").with(user("coordinator").authorities(() -> "coordinator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ungültige Anfrage"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("„letztes“")));

        then(runtimeService).should(org.mockito.Mockito.never()).createProcessInstanceByKey(anyString());
    }
}
