package de.akn.workflow.privacy.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.privacy.PrivacyService;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.List;
import java.util.Map;
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

@WebMvcTest(PrivacyController.class)
@Import(ApiSecuritySlice.class)
class PrivacyControllerTest {

    static final UserRequestPostProcessor ADMIN = user("admin").authorities(() -> "camunda-admin");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PrivacyService privacy;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldExportWhatIsStoredAboutAPerson() throws Exception {
        // Given
        given(privacy.export("km-kaarst")).willReturn(new PrivacyService.Export("km-kaarst",
                "Klimaschutzmanagement der Stadt Kaarst", Map.of("Abwesenheiten",
                        List.of(Map.of("von", "2027-03-01", "bis", "2027-03-05")))));

        // When / Then
        mvc.perform(get("/api/privacy/users/km-kaarst").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.userId").value("km-kaarst"))
                .andExpect(jsonPath("$.role").value("Klimaschutzmanagement der Stadt Kaarst"))
                .andExpect(jsonPath("$.sections.Abwesenheiten[0].von").value("2027-03-01"));
    }

    @Test
    void shouldEraseAPersonAndAnswer204() throws Exception {
        // When
        mvc.perform(delete("/api/privacy/users/km-kaarst").with(ADMIN))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        // Then
        then(privacy).should().erase("km-kaarst");
    }

    @Test
    void shouldAnswer409WhileThePersonHasOpenTasks() throws Exception {
        // Given
        willThrow(new ResponseStatusException(HttpStatus.CONFLICT, "Die Person hat noch 2 offene Aufgaben."))
                .given(privacy).erase("km-kaarst");

        // When / Then
        mvc.perform(delete("/api/privacy/users/km-kaarst").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("offene Aufgaben")));
    }

    @Test
    void shouldAnswer404ForAnUnknownPerson() throws Exception {
        // Given
        given(privacy.export("niemand")).willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Diese Person gibt es nicht."));

        // When / Then
        mvc.perform(get("/api/privacy/users/niemand").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Nicht gefunden"));
    }

    @Test
    void shouldLeavePersonalDataToTheAdministration() throws Exception {
        // When / Then: the coordinator may not, nor may a person erase itself
        mvc.perform(delete("/api/privacy/users/km-kaarst").with(user("coordinator").authorities(() -> "coordinator")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));
        mvc.perform(get("/api/privacy/users/km-kaarst").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isForbidden());

        then(privacy).shouldHaveNoInteractions();
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/privacy/users/km-kaarst"))
                .andExpect(status().isUnauthorized());
    }
}
