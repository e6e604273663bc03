package de.akn.workflow.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.Holidays.Holiday;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.security.ApiSecuritySlice;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CalendarController.class)
@Import(ApiSecuritySlice.class)
class CalendarControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkingDays workingDays;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldListTheHolidaysOfAYear() throws Exception {
        // Given
        given(workingDays.holidays(2027)).willReturn(List.of(new Holiday(LocalDate.of(2027, 1, 1), "Neujahr"),
                new Holiday(LocalDate.of(2027, 2, 8), "Rosenmontag")));

        // When / Then
        mvc.perform(get("/api/calendar/holidays").param("year", "2027").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].date").value("2027-01-01"))
                .andExpect(jsonPath("$[0].name").value("Neujahr"))
                .andExpect(jsonPath("$[1].name").value("Rosenmontag"));
    }

    @Test
    void shouldRefuseAYearOutsideTheCalendarInGerman() throws Exception {
        // When / Then
        mvc.perform(get("/api/calendar/holidays").param("year", "1800").with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.year", Matchers.containsString("1990")))
                .andExpect(jsonPath("$.errors.year", Matchers.containsString("2100")));

        then(workingDays).shouldHaveNoInteractions();
    }

    @Test
    void shouldAskForTheMissingYear() throws Exception {
        mvc.perform(get("/api/calendar/holidays").with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ungültige Anfrage"))
                .andExpect(jsonPath("$.detail").value("Der Parameter „year“ fehlt."));
    }

    @Test
    void shouldRefuseAYearThatIsNoNumber() throws Exception {
        mvc.perform(get("/api/calendar/holidays").param("year", "nächstes").with(KM_KAARST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ungültiger Wert „nächstes“ für „year“."));
    }

    @Test
    void shouldNotShowTheCalendarAnonymously() throws Exception {
        mvc.perform(get("/api/calendar/holidays").param("year", "2027"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Anmeldung erforderlich"));

        then(workingDays).shouldHaveNoInteractions();
    }
}
