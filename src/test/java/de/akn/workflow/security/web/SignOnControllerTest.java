package de.akn.workflow.security.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.security.ApiSecuritySlice;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SignOnController.class)
@Import(ApiSecuritySlice.class)
class SignOnControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldTellTheLoginPageThatThereIsNoSingleSignOn() throws Exception {
        // When / Then: without the oidc profile, and without login (the page asks before anyone signed on)
        mvc.perform(get("/api/public/sign-on"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.singleSignOn").value(false))
                .andExpect(jsonPath("$.logout").doesNotExist())
                .andExpect(jsonPath("$.login").doesNotExist());
    }

    @Test
    void shouldAnswerASignedInUserAlike() throws Exception {
        mvc.perform(get("/api/public/sign-on").with(user("km-kaarst").authorities(() -> "member-kaarst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.singleSignOn").value(false));
    }

    @Test
    void shouldOnlyBeReadWithoutLogin() throws Exception {
        // When / Then: the public part of the API is GET only
        mvc.perform(post("/api/public/sign-on"))
                .andExpect(status().isUnauthorized());
    }
}
