package de.akn.workflow.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.membership.MembershipProcess;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MembershipController.class)
@Import(ApiSecuritySlice.class)
class MembershipControllerTest {

    static final UserRequestPostProcessor COORDINATOR = user("coordinator").authorities(() -> "coordinator");

    static final String JOIN_JUECHEN = """
            {"action": "JOIN", "member": {"id": "juechen", "name": "Stadt Jüchen", "kind": "STADT",
             "population": 23500, "email": "klimaschutz@juechen.example.org", "councilBody": "Rat"}}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuntimeService runtimeService;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldStartAnAccessionAndAnswer202() throws Exception {
        // Given
        ProcessInstance instance = mock(ProcessInstance.class);
        given(instance.getId()).willReturn("process-3");
        given(instance.getBusinessKey()).willReturn("Beitritt-juechen");
        given(runtimeService.startProcessInstanceByKey(eq(MembershipProcess.PROCESS_KEY), anyMap()))
                .willReturn(instance);

        // When
        mvc.perform(post("/api/memberships").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(JOIN_JUECHEN))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.processInstanceId").value("process-3"))
                .andExpect(jsonPath("$.businessKey").value("Beitritt-juechen"));

        // Then: the town's data reach the process as sent
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
        then(runtimeService).should().startProcessInstanceByKey(eq(MembershipProcess.PROCESS_KEY),
                variables.capture());
        assertThat(variables.getValue()).contains(entry(MembershipProcess.ACTION, "JOIN"),
                entry(MembershipProcess.INITIATOR, "coordinator"), entry(MembershipProcess.MEMBER_ID, "juechen"),
                entry(MembershipProcess.MEMBER_NAME, "Stadt Jüchen"), entry(MembershipProcess.MEMBER_KIND, "STADT"),
                entry(MembershipProcess.MEMBER_POPULATION, 23500),
                entry(MembershipProcess.MEMBER_COUNCIL_BODY, "Rat"));
    }

    @Test
    void shouldStartALeavingWithTheMemberId() throws Exception {
        // Given
        ProcessInstance instance = mock(ProcessInstance.class);
        given(instance.getId()).willReturn("process-4");
        given(instance.getBusinessKey()).willReturn("Austritt-kaarst");
        given(runtimeService.startProcessInstanceByKey(eq(MembershipProcess.PROCESS_KEY), anyMap()))
                .willReturn(instance);

        // When
        mvc.perform(post("/api/memberships").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"LEAVE\", \"memberId\": \"kaarst\"}"))
                .andExpect(status().isAccepted());

        // Then
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
        then(runtimeService).should().startProcessInstanceByKey(eq(MembershipProcess.PROCESS_KEY),
                variables.capture());
        assertThat(variables.getValue()).contains(entry(MembershipProcess.ACTION, "LEAVE"),
                entry(MembershipProcess.MEMBER_ID, "kaarst"));
    }

    @Test
    void shouldAnswerTheProcessRulesWith400InGerman() throws Exception {
        // Given: the process's start listener checks the request
        given(runtimeService.startProcessInstanceByKey(eq(MembershipProcess.PROCESS_KEY), anyMap()))
                .willThrow(ValidationProblem.of("memberId", "Die Kennung „juechen“ ist schon vergeben."));

        // When / Then
        mvc.perform(post("/api/memberships").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(JOIN_JUECHEN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.memberId").value("Die Kennung „juechen“ ist schon vergeben."));
    }

    @Test
    void shouldRefuseABodyThatIsNoJson() throws Exception {
        mvc.perform(post("/api/memberships").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{action:"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("kein gültiges JSON-Dokument")));

        then(runtimeService).shouldHaveNoInteractions();
    }

    @Test
    void shouldLeaveMembershipToTheCoordinator() throws Exception {
        // When / Then
        mvc.perform(post("/api/memberships").with(user("km-kaarst").authorities(() -> "member-kaarst",
                        () -> "climate-managers")).contentType(MediaType.APPLICATION_JSON).content(JOIN_JUECHEN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));

        then(runtimeService).shouldHaveNoInteractions();
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(post("/api/memberships").contentType(MediaType.APPLICATION_JSON).content(JOIN_JUECHEN))
                .andExpect(status().isUnauthorized());
    }
}
