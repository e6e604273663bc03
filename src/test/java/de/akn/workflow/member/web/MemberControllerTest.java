package de.akn.workflow.member.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MemberController.class)
@Import(ApiSecuritySlice.class)
class MemberControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MemberService members;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldListTheMembersAndThePartner() throws Exception {
        given(members.findAll()).willReturn(List.of(
                new Member("kaarst", "Stadt Kaarst", MemberKind.STADT, 43500, "klimaschutz@kaarst.example.org", true),
                new Member("energieagentur", "EnergieAgentur.NRW", MemberKind.PARTNER, null, null, true)));

        mvc.perform(get("/api/members").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value("kaarst"))
                .andExpect(jsonPath("$[0].name").value("Stadt Kaarst"))
                .andExpect(jsonPath("$[0].kind").value("STADT"))
                .andExpect(jsonPath("$[0].population").value(43500))
                .andExpect(jsonPath("$[0].email").value("klimaschutz@kaarst.example.org"))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(jsonPath("$[1].kind").value("PARTNER"))
                .andExpect(jsonPath("$[1].population").isEmpty());
    }

    @Test
    void shouldRefuseAYearOutsideTheCalendarInTheSieForm() throws Exception {
        mvc.perform(get("/api/members").param("year", "1999").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Bitte geben Sie ein Jahr zwischen 2000 und 2100 an."))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("angeben"))));
    }

    @Test
    void shouldAskForHttpBasicCredentialsInGerman() throws Exception {
        mvc.perform(get("/api/members"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"AKN im RKN\", charset=\"UTF-8\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Anmeldung erforderlich"))
                .andExpect(jsonPath("$.instance").value("/api/members"));
    }

    @Test
    void shouldHandTheUserAndItsGroupsToTheEngine() throws Exception {
        mvc.perform(get("/api/members").with(user("km-kaarst").authorities(() -> "member-kaarst",
                        () -> "ROLE_member-kaarst", () -> "climate-managers")))
                .andExpect(status().isOk());

        // the ROLE_ copies are for Spring only
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> groups = ArgumentCaptor.forClass(List.class);
        then(identityService).should().setAuthentication(eq("km-kaarst"), groups.capture());
        assertThat(groups.getValue()).containsExactlyInAnyOrder("member-kaarst", "climate-managers");
        then(identityService).should().clearAuthentication();
    }
}
