package de.akn.workflow.overview.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.measure.Viewer;
import de.akn.workflow.overview.Overview;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OverviewController.class)
@Import(ApiSecuritySlice.class)
class OverviewControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final UserRequestPostProcessor COORDINATOR = user("coordinator").authorities(() -> "coordinator");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Overview overview;

    @MockitoBean
    IdentityService identityService;

    static Overview.Dossier climateWeek() {
        return new Overview.Dossier("AKN-2027-001", "Gemeinsame Klimawoche 2027", "Eine Woche mit Aktionen.",
                "Öffentlichkeitsarbeit", "In Mitzeichnung", "Stadt Kaarst", "12.000,50 €", null, List.of(), null,
                "20", "nach Einwohnerzahl", "gemeinsam", "01.03.2027 – 30.09.2027", "11, 13", null, null,
                List.of(new Overview.Row("kaarst", true, "Mitgezeichnet", "SIGNED", "4.000,00 €", null, "7", null,
                        "02.02.2027", null)),
                List.of(new Overview.HistoryEntry("01.02.2027 09:00", "km-kaarst", "Vorgeschlagen")), Map.of(),
                Map.of("kaarst", "Stadt Kaarst"));
    }

    @Test
    void shouldShowTheDossierOfATaskToItsTown() throws Exception {
        // Given
        given(overview.forTask(eq("task-1"), any())).willReturn(Optional.of(climateWeek()));

        // When
        mvc.perform(get("/api/overview/tasks/task-1/dossier").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.costs").value("12.000,50 €"))
                .andExpect(jsonPath("$.participations[0].member").value("kaarst"))
                .andExpect(jsonPath("$.participations[0].lead").value(true))
                .andExpect(jsonPath("$.history[0].what").value("Vorgeschlagen"))
                .andExpect(jsonPath("$.memberNames.kaarst").value("Stadt Kaarst"));

        // Then: looked up as Kaarst's climate manager
        then(overview).should().forTask("task-1", new Viewer("km-kaarst", false, List.of("kaarst")));
    }

    @Test
    void shouldShowTheDossierOfAProcessInstanceInCockpit() throws Exception {
        // Given
        given(overview.forProcessInstance(eq("process-1"), any())).willReturn(Optional.of(climateWeek()));

        // When / Then
        mvc.perform(get("/api/overview/process-instances/process-1/dossier").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Gemeinsame Klimawoche 2027"));

        then(overview).should().forProcessInstance("process-1", new Viewer("coordinator", true, List.of()));
    }

    @Test
    void shouldAnswer404WhenTheTaskHasNoMeasureTheUserMaySee() throws Exception {
        // Given
        given(overview.forTask(eq("task-9"), any())).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/api/overview/tasks/task-9/dossier").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("keine Maßnahme")));
    }

    @Test
    void shouldShowTheMatrixToTheCoordinator() throws Exception {
        // Given
        given(overview.matrix(any())).willReturn(new Overview.Matrix(
                List.of(new Overview.Column("kaarst", "Stadt Kaarst")),
                List.of(new Overview.MatrixRow("AKN-2027-001", "Gemeinsame Klimawoche 2027", "In Mitzeichnung",
                        "process-1", "kaarst", "15.03.2027", 1, 0,
                        Map.of("kaarst", new Overview.Cell("SIGNED", "Mitgezeichnet", true))))));

        // When / Then
        mvc.perform(get("/api/overview/matrix").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].id").value("kaarst"))
                .andExpect(jsonPath("$.measures[0].reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.measures[0].overdueTasks").value(1))
                .andExpect(jsonPath("$.measures[0].cells.kaarst.status").value("SIGNED"))
                .andExpect(jsonPath("$.measures[0].cells.kaarst.lead").value(true));
    }

    @Test
    void shouldKeepTheMatrixFromATown() throws Exception {
        // When / Then
        mvc.perform(get("/api/overview/matrix").with(KM_KAARST))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));

        then(overview).shouldHaveNoInteractions();
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/overview/tasks/task-1/dossier"))
                .andExpect(status().isUnauthorized());

        then(overview).shouldHaveNoInteractions();
    }
}
