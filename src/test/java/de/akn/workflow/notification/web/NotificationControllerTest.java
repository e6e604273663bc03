package de.akn.workflow.notification.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.notification.Notification;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.NotificationStatus;
import de.akn.workflow.security.ApiSecuritySlice;
import java.time.Instant;
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

@WebMvcTest(NotificationController.class)
@Import(ApiSecuritySlice.class)
class NotificationControllerTest {

    static final UserRequestPostProcessor COORDINATOR = user("coordinator").authorities(() -> "coordinator");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    IdentityService identityService;

    static Notification failedMail() {
        Notification mail = mock(Notification.class);
        given(mail.getId()).willReturn(42L);
        given(mail.getRecipient()).willReturn("klimaschutz@kaarst.example.org");
        given(mail.getSubject()).willReturn("Bitte mitzeichnen: Gemeinsame Klimawoche 2027");
        given(mail.getStatus()).willReturn(NotificationStatus.FAILED);
        given(mail.getAttempts()).willReturn(5);
        given(mail.getCreatedAt()).willReturn(Instant.parse("2027-03-01T09:00:00Z"));
        given(mail.getLastError()).willReturn("Connection refused");
        given(mail.getIncidentId()).willReturn("incident-1");
        return mail;
    }

    @Test
    void shouldListFailedMailsForTheCoordinator() throws Exception {
        Notification mail = failedMail();
        given(notifications.find(NotificationStatus.FAILED, 200)).willReturn(List.of(mail));

        mvc.perform(get("/api/notifications").param("status", "FAILED").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(42))
                .andExpect(jsonPath("$[0].recipient").value("klimaschutz@kaarst.example.org"))
                .andExpect(jsonPath("$[0].status").value("FAILED"))
                .andExpect(jsonPath("$[0].attempts").value(5))
                .andExpect(jsonPath("$[0].createdAt").value("2027-03-01T09:00:00Z"))
                .andExpect(jsonPath("$[0].lastError").value("Connection refused"))
                .andExpect(jsonPath("$[0].incidentId").value("incident-1"));
    }

    @Test
    void shouldRefuseTheOutboxToAClimateManager() throws Exception {
        mvc.perform(get("/api/notifications").with(user("km-kaarst").authorities(() -> "member-kaarst",
                        () -> "climate-managers")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"))
                .andExpect(jsonPath("$.detail").value("Ihr Konto hat für diese Anfrage keine Berechtigung."));

        then(notifications).shouldHaveNoInteractions();
    }

    @Test
    void shouldAnswerTheRetryOfAnUnknownMailWith404() throws Exception {
        given(notifications.retry(4711)).willReturn(Optional.empty());

        mvc.perform(post("/api/notifications/4711/retry").with(user("admin").authorities(() -> "camunda-admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Keine E-Mail mit der Nummer 4711."));
    }

    @Test
    void shouldAnswerTheRetryOfAMailThatDidNotFailWith409() throws Exception {
        given(notifications.retry(42)).willThrow(
                new IllegalStateException("Nur fehlgeschlagene E-Mails können erneut gesendet werden."));

        mvc.perform(post("/api/notifications/42/retry").with(COORDINATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Nur fehlgeschlagene E-Mails können erneut gesendet werden."));
    }

    @Test
    void shouldRefuseAnUnknownStatusInGerman() throws Exception {
        mvc.perform(get("/api/notifications").param("status", "KAPUTT").with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ungültige Anfrage"))
                .andExpect(jsonPath("$.detail").value("Ungültiger Wert „KAPUTT“ für „status“."));
    }
}
