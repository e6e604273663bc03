package de.akn.workflow.publicsite.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.akn.workflow.publicsite.LegalPages;
import de.akn.workflow.publicsite.PublicSite;
import de.akn.workflow.security.ApiSecuritySlice;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PublicPageController.class)
@Import(ApiSecuritySlice.class)
class PublicPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublicSite site;

    @MockitoBean
    LegalPages legalPages;

    @MockitoBean
    IdentityService identityService;

    @BeforeEach
    void publishedData() {
        given(site.version()).willReturn("42-2027");
        given(site.alliance()).willReturn(PublicSiteFixtures.alliance());
        given(site.names()).willReturn(PublicSiteFixtures.NAMES);
        given(site.partners()).willReturn("EnergieAgentur.NRW");
    }

    @Test
    void shouldShowAnAdoptedMeasureWithoutLogin() throws Exception {
        // Given
        given(site.measure("AKN-2027-001"))
                .willReturn(Optional.of(PublicSiteFixtures.climateWeek("Gemeinsame Klimawoche 2027")));

        // When / Then
        mvc.perform(get("/massnahmen/AKN-2027-001"))
                .andExpect(status().isOk())
                .andExpect(view().name("public/measure"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("ETag", Matchers.startsWith("\"measure-AKN-2027-001-")))
                .andExpect(content().string(Matchers.containsString("Gemeinsame Klimawoche 2027")))
                .andExpect(content().string(Matchers.containsString("Stadt Dormagen")));
    }

    @Test
    void shouldAnswer404ForAMeasureThatIsNotPublic() throws Exception {
        // Given: in review, rejected or unknown
        given(site.measure("AKN-2027-002")).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/massnahmen/AKN-2027-002"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("public/not-found"))
                .andExpect(content().string(Matchers.containsString("noch nicht vereinbart")));
    }

    @Test
    void shouldAnswer404ForATownOutsideTheAlliance() throws Exception {
        // Given
        given(site.member("atlantis")).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/kommunen/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("gehört nicht zur Allianz")));
    }

    @Test
    void shouldShowTheImprintAndSayWhenItIsMissing() throws Exception {
        // Given
        given(legalPages.imprint()).willReturn(Optional.of(new LegalPages.Page("Impressum",
                "<p>Rhein-Kreis Neuss, Oberstraße 91, 41460 Neuss</p>")));
        given(legalPages.privacy()).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/impressum"))
                .andExpect(status().isOk())
                .andExpect(view().name("public/legal"))
                .andExpect(content().string(Matchers.containsString("<p>Rhein-Kreis Neuss, Oberstraße 91")));
        mvc.perform(get("/datenschutz"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("noch nicht eingerichtet")));
    }

    @Test
    void shouldServeTheMeasuresAsAtomFeed() throws Exception {
        // Given
        given(site.measures()).willReturn(List.of(PublicSiteFixtures.climateWeek("Gemeinsame Klimawoche 2027")));

        // When / Then
        mvc.perform(get("/massnahmen.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andExpect(header().string("ETag", Matchers.startsWith("\"atom-")))
                .andExpect(content().string(Matchers.containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\"")))
                .andExpect(content().string(Matchers.containsString(
                        "<id>https://akn.example.org/massnahmen/AKN-2027-001</id>")))
                .andExpect(content().string(Matchers.containsString(
                        "<summary>vereinbart: Eine Woche mit Aktionen.</summary>")))
                .andExpect(content().string(Matchers.containsString("<updated>2027-02-15T10:00:00Z</updated>")));
    }

    @Test
    void shouldAnswer304ForAnUnchangedFeed() throws Exception {
        // Given: the reader has the current version
        String etag = mvc.perform(get("/massnahmen.atom")).andReturn().getResponse().getHeader("ETag");

        // When / Then: nothing is read again
        mvc.perform(get("/massnahmen.atom").header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        then(site).should(org.mockito.Mockito.times(1)).measures();
    }
}
