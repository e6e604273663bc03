package de.akn.workflow.measure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ProposalReader;
import de.akn.workflow.measure.ProposeCommand;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MeasureController.class)
@Import(de.akn.workflow.security.ApiSecuritySlice.class)
class MeasureControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");

    static final String CLIMATE_WEEK = """
            {"title": "Gemeinsame Klimawoche 2027", "summary": "Eine Woche mit Aktionen.", "category": "AWARENESS",
             "sdgs": [11, 13], "estimatedCostEur": 12000.50, "estimatedStaffDays": 20, "costSplit": "POPULATION",
             "plannedStart": "01.03.2027", "plannedEnd": "2027-09-30", "invitedMembers": ["dormagen", "meerbusch"]}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeasureService measures;
    @MockitoBean
    ProposalReader reader;
    @MockitoBean
    MeasureProposals proposals;
    /** The implementation module's part: the progress reports. */
    @MockitoBean
    MeasureDossierPart reportsPart;
    @MockitoBean
    Synergy synergy;
    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldProposeAMeasureAndAnswer201WithItsReference() throws Exception {
        Measure measure = mock(Measure.class);
        given(measure.getId()).willReturn(7L);
        given(measure.getReference()).willReturn("AKN-2027-001");
        given(measure.getProcessInstanceId()).willReturn("process-1");
        given(measure.getStatus()).willReturn(MeasureStatus.IN_REVIEW);
        ProposeCommand command = mock(ProposeCommand.class);
        given(reader.read(anyMap(), eq("km-kaarst"))).willReturn(command);
        given(proposals.propose(command)).willReturn(measure);

        mvc.perform(post("/api/measures").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON).content(CLIMATE_WEEK))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/measures/AKN-2027-001"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.processInstanceId").value("process-1"))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));

        // the body reaches the rules as sent: every field, missing ones as null
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> input = ArgumentCaptor.forClass(Map.class);
        then(reader).should().read(input.capture(), eq("km-kaarst"));
        assertThat(input.getValue()).hasSize(17).contains(entry("title", "Gemeinsame Klimawoche 2027"),
                entry("sdgs", List.of(11, 13)), entry("plannedStart", "01.03.2027"),
                entry("invitedMembers", List.of("dormagen", "meerbusch")), entry("co2SavingsTonnesPerYear", null), entry("budget", null), entry("funding", null));
    }

    @Test
    void shouldAnswerAnInvalidProposalWith400AndAGermanMessagePerField() throws Exception {
        var errors = new LinkedHashMap<String, String>();
        errors.put("title", "Bitte geben Sie einen Titel an.");
        errors.put("sdgs", "SDG 13 ist doppelt angegeben.");
        given(reader.read(anyMap(), any())).willThrow(new ValidationProblem(errors));

        mvc.perform(post("/api/measures").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.detail").value("Die Eingaben sind unvollständig oder ungültig: "
                        + "Bitte geben Sie einen Titel an. SDG 13 ist doppelt angegeben."))
                .andExpect(jsonPath("$.errors.title").value("Bitte geben Sie einen Titel an."))
                .andExpect(jsonPath("$.errors.sdgs").value("SDG 13 ist doppelt angegeben."));
    }

    @Test
    void shouldRefuseABodyThatIsNoJsonInGerman() throws Exception {
        mvc.perform(post("/api/measures").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON).content("{title:"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Die Anfrage ist kein gültiges JSON-Dokument der erwarteten Form."));
    }

    @Test
    void shouldAnswer404ForAMeasureTheUserCannotFind() throws Exception {
        given(measures.find(eq("AKN-2099-999"), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/measures/AKN-2099-999").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Keine Maßnahme „AKN-2099-999“ gefunden (oder keine Berechtigung)."));

        // looked up as a town's climate manager, who sees only Kaarst's measures
        then(measures).should().find("AKN-2099-999", new Viewer("km-kaarst", false, List.of("kaarst")));
    }

    @Test
    void shouldShowAMeasureTheCoordinatorFinds() throws Exception {
        Measure measure = mock(Measure.class);
        given(measure.getId()).willReturn(7L);
        given(measure.getReference()).willReturn("AKN-2027-001");
        given(measure.getTitle()).willReturn("Gemeinsame Klimawoche 2027");
        given(measures.find("AKN-2027-001", new Viewer("coordinator", true, List.of()))).willReturn(Optional.of(measure));
        given(reportsPart.partsOf(measure)).willReturn(Map.of("reports", List.of()));

        mvc.perform(get("/api/measures/AKN-2027-001").with(user("coordinator").authorities(() -> "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.title").value("Gemeinsame Klimawoche 2027"))
                .andExpect(jsonPath("$.reports").isArray())
                .andExpect(jsonPath("$.synergy").isEmpty());
    }
}
