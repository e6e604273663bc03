package de.akn.workflow.publicsite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.publicsite.PublicSite;
import de.akn.workflow.security.ApiSecuritySlice;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

@WebMvcTest(OpenDataController.class)
@Import(ApiSecuritySlice.class)
class OpenDataControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublicSite site;

    @MockitoBean
    IdentityService identityService;

    @BeforeEach
    void publishedData() {
        given(site.version()).willReturn("42-2027");
        given(site.alliance()).willReturn(PublicSiteFixtures.alliance());
        given(site.synergy()).willReturn(PublicSiteFixtures.synergy());
        given(site.names()).willReturn(PublicSiteFixtures.NAMES);
    }

    @Test
    void shouldServeThePublishedMeasuresAsJsonWithoutLogin() throws Exception {
        // Given
        given(site.measures()).willReturn(List.of(PublicSiteFixtures.climateWeek("Gemeinsame Klimawoche 2027")));

        // When / Then
        mvc.perform(get("/api/public/measures"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", Matchers.startsWith("\"open-json-")))
                .andExpect(header().string("Link", Matchers.containsString("rel=\"license\"")))
                .andExpect(jsonPath("$.publisher").value("Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss"))
                .andExpect(jsonPath("$.license").value(PublicSite.LICENCE))
                .andExpect(jsonPath("$.measures[0].reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.measures[0].status").value("ADOPTED"))
                .andExpect(jsonPath("$.measures[0].leadMemberName").value("Stadt Kaarst"))
                .andExpect(jsonPath("$.measures[0].plannedStart").value("2027-03-01"))
                .andExpect(jsonPath("$.measures[0].participations.length()").value(2))
                .andExpect(jsonPath("$.measures[0].participations[1].memberName").value("Stadt Dormagen"))
                .andExpect(jsonPath("$.measures[0].url").value("https://akn.example.org/massnahmen/AKN-2027-001"));
    }

    @Test
    void shouldAnswer304WhileNothingWasPublished() throws Exception {
        // Given: the client has the current version
        String etag = mvc.perform(get("/api/public/measures")).andReturn().getResponse().getHeader("ETag");

        // When / Then
        mvc.perform(get("/api/public/measures").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
    }

    @Test
    void shouldServeACsvForExcelWithOneRowPerTown() throws Exception {
        // Given
        given(site.measures()).willReturn(List.of(PublicSiteFixtures.climateWeek("Gemeinsame Klimawoche 2027")));

        // When
        byte[] csv = mvc.perform(get("/api/public/measures.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"AKN-Massnahmen.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        // Then: a BOM, semicolons, decimal commas, one row per signing town
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFAktenzeichen;Titel;Handlungsfeld;Status;");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("AKN-2027-001;Gemeinsame Klimawoche 2027;")
                .contains(";vereinbart;").contains(";Stadt Kaarst;Stadt Kaarst;6000,25;")
                .contains(";12000,50;");
        assertThat(lines.get(2)).contains(";Stadt Kaarst;Stadt Dormagen;");
    }

    @Test
    void shouldDefuseCellsExcelWouldReadAsFormulas() throws Exception {
        // Given
        given(site.measures()).willReturn(List.of(PublicSiteFixtures.climateWeek("=HYPERLINK(\"http://x\")")));

        // When
        String csv = mvc.perform(get("/api/public/measures.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // Then
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("AKN-2027-001;\"'=HYPERLINK"));
    }

    @Test
    void shouldKeepTheOpenDataReadOnly() throws Exception {
        // When / Then: only GET is open without login
        mvc.perform(post("/api/public/measures"))
                .andExpect(status().isUnauthorized());

        then(site).should(org.mockito.Mockito.never()).measures();
    }
}
