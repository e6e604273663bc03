package de.akn.workflow.council.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.council.CouncilMeeting;
import de.akn.workflow.council.CouncilMeetings;
import de.akn.workflow.council.OParlUnavailable;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.ApiSecuritySlice;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CouncilMeetingController.class)
@Import(ApiSecuritySlice.class)
class CouncilMeetingControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CouncilMeetings meetings;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldListTheUpcomingCouncilMeetings() throws Exception {
        // Given
        given(meetings.upcoming("kaarst")).willReturn(List.of(new CouncilMeeting(LocalDate.of(2027, 3, 18),
                "Sitzung des Rates", "https://ris.kaarst.example.org/meeting/1", "body-1", "Rat der Stadt Kaarst",
                true)));

        // When / Then
        mvc.perform(get("/api/members/kaarst/council-meetings").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].date").value("2027-03-18"))
                .andExpect(jsonPath("$[0].name").value("Sitzung des Rates"))
                .andExpect(jsonPath("$[0].bodyName").value("Rat der Stadt Kaarst"))
                .andExpect(jsonPath("$[0].council").value(true));
    }

    @Test
    void shouldAnswerAnEmptyListWithoutACouncilSystem() throws Exception {
        // Given
        given(meetings.upcoming("meerbusch")).willReturn(List.of());

        // When / Then
        mvc.perform(get("/api/members/meerbusch/council-meetings").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void shouldAnswer404ForAnUnknownMember() throws Exception {
        // Given
        given(meetings.upcoming("atlantis")).willThrow(new MemberService.UnknownMemberException("atlantis"));

        // When / Then
        mvc.perform(get("/api/members/atlantis/council-meetings").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Ein Mitglied mit dieser Kennung gibt es nicht."));
    }

    @Test
    void shouldAnswer502WhenTheCouncilSystemCannotBeRead() throws Exception {
        // Given
        given(meetings.upcoming("kaarst")).willThrow(new OParlUnavailable(
                "Das Ratsinformationssystem der Stadt Kaarst antwortet nicht.", new IOException("timeout")));

        // When / Then
        mvc.perform(get("/api/members/kaarst/council-meetings").with(KM_KAARST))
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ratsinformationssystem nicht lesbar"))
                .andExpect(jsonPath("$.detail").value("Das Ratsinformationssystem der Stadt Kaarst antwortet nicht."));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/members/kaarst/council-meetings"))
                .andExpect(status().isUnauthorized());

        then(meetings).shouldHaveNoInteractions();
    }
}
