package de.akn.workflow.funding.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.funding.FundingCalendar;
import de.akn.workflow.funding.FundingProgrammes;
import de.akn.workflow.funding.ProgrammeCommands;
import de.akn.workflow.funding.FundingProgrammes.Call;
import de.akn.workflow.funding.FundingProgrammes.Programme;
import de.akn.workflow.security.ApiSecuritySlice;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

@WebMvcTest(FundingProgrammeController.class)
@Import(ApiSecuritySlice.class)
class FundingProgrammeControllerTest {

    private static final String VALID = "{\"id\": \"kommunalrichtlinie\", \"name\": \"Kommunalrichtlinie\", "
            + "\"maxRatePercent\": 70}";

    static final UserRequestPostProcessor COORDINATOR = user("coordinator").authorities(() -> "coordinator");
    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final Programme KOMMUNALRICHTLINIE = new Programme("kommunalrichtlinie", "Kommunalrichtlinie",
            "ZUG", "https://www.klimaschutz.de/kommunalrichtlinie", new BigDecimal("70"),
            List.of(new Call(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FundingProgrammes programmes;

    @MockitoBean
    FundingCalendar calendar;

    @MockitoBean
    IdentityService identityService;

    @Test
    void shouldListTheProgrammesWithTheirCalls() throws Exception {
        // Given
        given(programmes.list()).willReturn(List.of(KOMMUNALRICHTLINIE));

        // When / Then
        mvc.perform(get("/api/funding-programmes").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].id").value("kommunalrichtlinie"))
                .andExpect(jsonPath("$[0].maxRatePercent").value(70))
                .andExpect(jsonPath("$[0].calls[0].opens").value("2027-01-01"))
                .andExpect(jsonPath("$[0].calls[0].closes").value("2027-12-31"));
    }

    @Test
    void shouldAnswer404ForAnUnknownProgramme() throws Exception {
        // Given
        given(programmes.find("goldesel")).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/api/funding-programmes/goldesel").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Förderprogramm")));
    }

    @Test
    void shouldCreateAProgrammeForTheCoordinatorAndAnswer201() throws Exception {
        // Given
        given(programmes.create(any(ProgrammeCommands.NewProgramme.class))).willReturn(KOMMUNALRICHTLINIE);

        // When / Then
        mvc.perform(post("/api/funding-programmes").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/funding-programmes/kommunalrichtlinie"))
                .andExpect(jsonPath("$.name").value("Kommunalrichtlinie"));
    }

    @Test
    void shouldAnswerInvalidInputWith400InGermanWithoutCallingTheService() throws Exception {
        // When / Then: the controller reads the body into a command; a rate above 100 % is refused
        mvc.perform(post("/api/funding-programmes").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"krl\", \"name\": \"Kommunalrichtlinie\", \"maxRatePercent\": 120}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.maxRatePercent", Matchers.containsString("Förderquote")));
        verifyNoInteractions(programmes);
    }

    @Test
    void shouldAnswerATakenIdWith409() throws Exception {
        // Given: the service's own exception (its constructor is package-private)
        Constructor<FundingProgrammes.ProgrammeExists> exists =
                FundingProgrammes.ProgrammeExists.class.getDeclaredConstructor(String.class);
        exists.setAccessible(true);
        given(programmes.create(any(ProgrammeCommands.NewProgramme.class)))
                .willThrow(exists.newInstance("kommunalrichtlinie"));

        // When / Then
        mvc.perform(post("/api/funding-programmes").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("kommunalrichtlinie")));
    }

    @Test
    void shouldLeaveChangesToTheCoordinator() throws Exception {
        // When / Then
        mvc.perform(post("/api/funding-programmes").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"kommunalrichtlinie\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/funding-programmes/kommunalrichtlinie").with(KM_KAARST)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"KRL\"}"))
                .andExpect(status().isForbidden());

        then(programmes).shouldHaveNoInteractions();
    }

    @Test
    void shouldServeTheFundingCalendarAsIcs() throws Exception {
        // Given
        given(calendar.ics(any())).willReturn("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

        // When / Then
        mvc.perform(get("/api/funding-calendar.ics").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"foerderkalender.ics\""))
                .andExpect(content().string(Matchers.startsWith("BEGIN:VCALENDAR")));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/funding-calendar.ics"))
                .andExpect(status().isUnauthorized());

        then(calendar).shouldHaveNoInteractions();
    }
}
