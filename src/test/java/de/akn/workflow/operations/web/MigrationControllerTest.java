package de.akn.workflow.operations.web;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.operations.ProcessMigration;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MigrationController.class)
@Import(ApiSecuritySlice.class)
class MigrationControllerTest {

    static final UserRequestPostProcessor ADMIN = user("admin").authorities(() -> "camunda-admin");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProcessMigration migration;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldReportWhatTheMigrationDidPerVersion() throws Exception {
        // Given
        given(migration.migrateToLatest("joint-measure", false)).willReturn(Optional.of(List.of(
                new ProcessMigration.Result("joint-measure", 3, 5, 4, 4, List.of()),
                new ProcessMigration.Result("joint-measure", 4, 5, 1, 0, List.of("Aktivität entfernt")))));

        // When / Then
        mvc.perform(post("/api/operations/migrations/joint-measure").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].process").value("joint-measure"))
                .andExpect(jsonPath("$[0].fromVersion").value(3))
                .andExpect(jsonPath("$[0].toVersion").value(5))
                .andExpect(jsonPath("$[0].migrated").value(4))
                .andExpect(jsonPath("$[1].problems[0]").value("Aktivität entfernt"));
    }

    @Test
    void shouldOnlyCheckOnADryRun() throws Exception {
        // Given
        given(migration.migrateToLatest("joint-measure", true)).willReturn(Optional.of(List.of()));

        // When
        mvc.perform(post("/api/operations/migrations/joint-measure").param("dryRun", "true").with(ADMIN))
                .andExpect(status().isOk());

        // Then
        then(migration).should().migrateToLatest("joint-measure", true);
    }

    @Test
    void shouldAnswer404ForAnUnknownProcess() throws Exception {
        // Given
        given(migration.migrateToLatest("kaffeekasse", false)).willReturn(Optional.empty());

        // When / Then
        mvc.perform(post("/api/operations/migrations/kaffeekasse").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Keinen Prozess „kaffeekasse“ gefunden."));
    }

    @Test
    void shouldLeaveMigrationsToTheAdministration() throws Exception {
        // When / Then: not even the coordinator
        mvc.perform(post("/api/operations/migrations/joint-measure").with(user("coordinator")
                        .authorities(() -> "coordinator")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));

        then(migration).should(org.mockito.Mockito.never()).migrateToLatest(anyString(), anyBoolean());
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(post("/api/operations/migrations/joint-measure"))
                .andExpect(status().isUnauthorized());

        then(migration).shouldHaveNoInteractions();
    }
}
