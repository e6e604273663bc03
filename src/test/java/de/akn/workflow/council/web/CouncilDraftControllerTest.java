package de.akn.workflow.council.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.council.CouncilDrafts;
import de.akn.workflow.security.ApiSecuritySlice;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

@WebMvcTest(CouncilDraftController.class)
@Import(ApiSecuritySlice.class)
class CouncilDraftControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final String DRAFT = "/api/measures/AKN-2027-001/council-draft/kaarst";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CouncilDrafts drafts;

    @MockitoBean
    IdentityService identityService;

    /** The groups as the controller passes them on (in any order). */
    static Collection<String> kaarstGroups() {
        return argThat(groups -> groups != null
                && Set.copyOf(groups).equals(Set.of("member-kaarst", "climate-managers")));
    }

    @Test
    void shouldHandTheTownItsDraftAsWordDocument() throws Exception {
        // Given
        byte[] docx = {'P', 'K', 3, 4};
        given(drafts.docx(eq("AKN-2027-001"), eq("kaarst"), eq("km-kaarst"), kaarstGroups()))
                .willReturn(new CouncilDrafts.Document("Beschlussvorlage-AKN-2027-001-kaarst.docx", docx));

        // When / Then
        mvc.perform(get(DRAFT + ".docx").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Beschlussvorlage-AKN-2027-001-kaarst.docx\""))
                .andExpect(content().bytes(docx));
    }

    @Test
    void shouldHandTheCoordinatorTheDraftAsPdf() throws Exception {
        // Given
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        given(drafts.pdf("AKN-2027-001", "kaarst", "coordinator", List.of("coordinator")))
                .willReturn(new CouncilDrafts.Document("Beschlussvorlage-AKN-2027-001-kaarst.pdf", pdf));

        // When / Then
        mvc.perform(get(DRAFT + ".pdf").with(user("coordinator").authorities(() -> "coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void shouldRefuseAnotherTownsDraftWithTheGermanReason() throws Exception {
        // Given
        given(drafts.docx(anyString(), anyString(), anyString(), anyCollection()))
                .willThrow(new ForbiddenProblem("Die Beschlussvorlage der Stadt Kaarst ist nur für Kaarst."));

        // When / Then
        mvc.perform(get(DRAFT + ".docx").with(user("km-dormagen").authorities(() -> "member-dormagen")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Stadt Kaarst")));
    }

    @Test
    void shouldAnswer404ForAnUnknownMeasure() throws Exception {
        // Given
        given(drafts.pdf(anyString(), anyString(), anyString(), anyCollection()))
                .willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "Diese Maßnahme gibt es nicht."));

        // When / Then
        mvc.perform(get("/api/measures/AKN-2099-999/council-draft/kaarst.pdf").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Diese Maßnahme gibt es nicht."));
    }

    @Test
    void shouldAnswer409WhileTheMeasureIsStillInReview() throws Exception {
        // Given
        given(drafts.docx(anyString(), anyString(), anyString(), anyCollection()))
                .willThrow(new ResponseStatusException(HttpStatus.CONFLICT, "Noch keine Beschlussvorlage."));

        // When / Then
        mvc.perform(get(DRAFT + ".docx").with(KM_KAARST))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get(DRAFT + ".docx"))
                .andExpect(status().isUnauthorized());

        then(drafts).should(org.mockito.Mockito.never()).docx(any(), any(), any(), any());
    }
}
