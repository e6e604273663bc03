package de.akn.workflow.absence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.absence.Absence;
import de.akn.workflow.absence.AbsenceService;
import de.akn.workflow.absence.NewAbsence;
import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.security.ApiSecuritySlice;
import de.akn.workflow.security.IdentityDirectory;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
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

@WebMvcTest(AbsenceController.class)
@Import(ApiSecuritySlice.class)
class AbsenceControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AbsenceService absences;

    @MockitoBean
    IdentityDirectory directory;

    @MockitoBean
    IdentityService identityService;

    /** Kaarst's climate manager as the controller hands it to the rules (groups in any order). */
    static Caller kaarstCaller() {
        return argThat(caller -> caller != null && caller.userId().equals("km-kaarst")
                && Set.copyOf(caller.groups()).equals(Set.of("member-kaarst", "climate-managers")));
    }

    static Absence easterHolidays() {
        Absence absence = mock(Absence.class);
        given(absence.getId()).willReturn(3L);
        given(absence.getUserId()).willReturn("km-kaarst");
        given(absence.getStartsOn()).willReturn(LocalDate.of(2027, 3, 22));
        given(absence.getEndsOn()).willReturn(LocalDate.of(2027, 4, 2));
        given(absence.getDeputy()).willReturn("km-kaarst-2");
        return absence;
    }

    @Test
    void shouldRecordAnAbsenceAndAnswer201WithTheNames() throws Exception {
        // Given
        Absence absence = easterHolidays();
        given(absences.record(any(NewAbsence.class), kaarstCaller())).willReturn(absence);
        given(directory.displayName("km-kaarst")).willReturn("Kim Kaarst");
        given(directory.displayName("km-kaarst-2")).willReturn("Kai Kaarst");

        // When
        mvc.perform(post("/api/absences").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"22.03.2027\", \"to\": \"2027-04-02\", \"deputy\": \"km-kaarst-2\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/absences/3"))
                .andExpect(jsonPath("$.id").value(3))
                .andExpect(jsonPath("$.userName").value("Kim Kaarst"))
                .andExpect(jsonPath("$.from").value("2027-03-22"))
                .andExpect(jsonPath("$.to").value("2027-04-02"))
                .andExpect(jsonPath("$.deputyName").value("Kai Kaarst"));

        // Then: the dates reach the rules read (German or ISO), the absence is the caller's own
        ArgumentCaptor<NewAbsence> input = ArgumentCaptor.forClass(NewAbsence.class);
        then(absences).should().record(input.capture(), kaarstCaller());
        assertThat(input.getValue()).isEqualTo(new NewAbsence("km-kaarst", LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 4, 2), "km-kaarst-2"));
    }

    @Test
    void shouldAnswerAnInvalidPeriodWith400InGerman() throws Exception {
        // Given
        given(absences.record(any(NewAbsence.class), any())).willThrow(ValidationProblem.of("to",
                "Das Ende darf nicht vor dem Beginn liegen."));

        // When / Then
        mvc.perform(post("/api/absences").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2027-04-02\", \"to\": \"2027-03-22\", \"deputy\": \"km-kaarst-2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.to").value("Das Ende darf nicht vor dem Beginn liegen."));
    }

    @Test
    void shouldRefuseTheAbsenceOfAnotherPersonWith403() throws Exception {
        // Given
        // Given: Kaarst's climate manager enters Dormagen's absence (refused while the input is read)

        // When / Then
        mvc.perform(post("/api/absences").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"km-dormagen\", \"from\": \"2027-03-22\", \"to\": \"2027-03-26\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("abwesende Person selbst")));
    }

    @Test
    void shouldListTheAbsencesTheCallerMaySee() throws Exception {
        // Given
        Absence absence = easterHolidays();
        given(absences.visibleTo(kaarstCaller())).willReturn(List.of(absence));
        given(directory.displayName("km-kaarst")).willReturn("Kim Kaarst");

        // When / Then
        mvc.perform(get("/api/absences").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].userId").value("km-kaarst"))
                .andExpect(jsonPath("$[0].deputy").value("km-kaarst-2"));
    }

    @Test
    void shouldDeleteAnAbsenceAndAnswer204() throws Exception {
        // When
        mvc.perform(delete("/api/absences/3").with(KM_KAARST))
                .andExpect(status().isNoContent());

        // Then
        then(absences).should().delete(eq(3L), kaarstCaller());
    }

    @Test
    void shouldAnswer404ForAnUnknownAbsence() throws Exception {
        // Given: the exception's constructor is the service's own
        Constructor<AbsenceService.UnknownAbsenceException> unknown =
                AbsenceService.UnknownAbsenceException.class.getDeclaredConstructor();
        unknown.setAccessible(true);
        willThrow(unknown.newInstance()).given(absences).delete(eq(99L), any());

        // When / Then
        mvc.perform(delete("/api/absences/99").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Abwesenheit")));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/absences"))
                .andExpect(status().isUnauthorized());

        then(absences).shouldHaveNoInteractions();
    }
}
