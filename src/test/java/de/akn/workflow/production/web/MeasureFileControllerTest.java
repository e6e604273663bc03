package de.akn.workflow.production.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ConflictProblem;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.production.MeasureFiles;
import de.akn.workflow.production.internal.FileInfo;
import de.akn.workflow.production.internal.MeasureFile;
import de.akn.workflow.security.ApiSecuritySlice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MeasureFileController.class)
@Import(ApiSecuritySlice.class)
class MeasureFileControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final String FILES = "/api/measures/AKN-2027-001/files";
    static final byte[] PDF = "%PDF-1.7 Programm".getBytes(StandardCharsets.US_ASCII);
    static final MockMultipartFile PROGRAMME = new MockMultipartFile("file", "Programm Kaarst.pdf",
            "application/pdf", PDF);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeasureFiles files;

    @MockitoBean
    IdentityService identityService;

    /** The groups as the controller passes them on (in any order). */
    static Collection<String> kaarstGroups() {
        return argThat(groups -> groups != null
                && Set.copyOf(groups).equals(Set.of("member-kaarst", "climate-managers")));
    }

    @Test
    void shouldStoreTheTownsContributionAndAnswer201() throws Exception {
        // Given
        given(files.upload(eq("AKN-2027-001"), eq(MeasureFile.Kind.CONTRIBUTION), isNull(), eq("Programm Kaarst.pdf"),
                eq(PDF), eq("km-kaarst"), kaarstGroups()))
                .willReturn(new FileInfo(12L, 7L, "kaarst", MeasureFile.Kind.CONTRIBUTION, "Programm Kaarst.pdf",
                        "application/pdf", PDF.length, Instant.parse("2027-05-02T10:00:00Z")));

        // When / Then
        mvc.perform(multipart(FILES).file(PROGRAMME).with(KM_KAARST))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", FILES + "/12"))
                .andExpect(jsonPath("$.id").value(12))
                .andExpect(jsonPath("$.name").value("Programm Kaarst.pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.member").value("kaarst"))
                .andExpect(jsonPath("$.kind").value("CONTRIBUTION"));
    }

    @Test
    void shouldRefuseAFileOfAForbiddenTypeWith400InGerman() throws Exception {
        // Given
        given(files.upload(any(), any(), any(), any(), any(), any(), anyList()))
                .willThrow(ValidationProblem.of("file", "Erlaubt sind PDF, PNG, JPEG und Word-Dokumente (DOCX)."));

        // When / Then
        mvc.perform(multipart(FILES).file(PROGRAMME).param("kind", "DRAFT").with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.file", Matchers.containsString("PDF")));

        then(files).should().upload(eq("AKN-2027-001"), eq(MeasureFile.Kind.DRAFT), any(), any(), any(), any(),
                anyList());
    }

    @Test
    void shouldAskForTheFilePartInGerman() throws Exception {
        // When / Then: a multipart request without the field "file", and a JSON body
        mvc.perform(multipart(FILES).file(new MockMultipartFile("datei", "x.pdf", "application/pdf", PDF))
                        .with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("„file“")));
        mvc.perform(post(FILES).with(KM_KAARST).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", Matchers.containsString("multipart/form-data")));

        then(files).shouldHaveNoInteractions();
    }

    @Test
    void shouldRefuseAnUnknownKind() throws Exception {
        mvc.perform(multipart(FILES).file(PROGRAMME).param("kind", "FLYER").with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ungültiger Wert „FLYER“ für „kind“."));
    }

    @Test
    void shouldAnswer409ForAMeasureThatIsNoEvent() throws Exception {
        // Given
        given(files.upload(any(), any(), any(), any(), any(), any(), anyList()))
                .willThrow(new ConflictProblem("Dateien gibt es nur zu vereinbarten Veranstaltungen."));

        // When / Then
        mvc.perform(multipart(FILES).file(PROGRAMME).with(KM_KAARST))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"));
    }

    @Test
    void shouldDownloadAFileWithItsTypeAndName() throws Exception {
        // Given
        given(files.read(eq("AKN-2027-001"), eq(12L), eq("km-kaarst"), kaarstGroups()))
                .willReturn(new MeasureFiles.Download("Programm Kaarst.pdf", "application/pdf", PDF));

        // When / Then: the name survives the umlauts and spaces of German file names
        mvc.perform(get(FILES + "/12").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("Programm")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void shouldRefuseAnotherTownsFileWith403() throws Exception {
        // Given
        given(files.read(anyString(), any(), anyString(), anyList()))
                .willThrow(new ForbiddenProblem("Diese Datei sehen nur die beteiligten Kommunen."));

        // When / Then
        mvc.perform(get(FILES + "/12").with(user("km-dormagen").authorities(() -> "member-dormagen")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.containsString("beteiligten Kommunen")));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get(FILES + "/12"))
                .andExpect(status().isUnauthorized());

        then(files).shouldHaveNoInteractions();
    }
}
