package de.akn.workflow.meeting.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.meeting.ActionItem;
import de.akn.workflow.meeting.AgendaItem;
import de.akn.workflow.meeting.Meeting;
import de.akn.workflow.meeting.MeetingDocuments;
import de.akn.workflow.meeting.MeetingPlan;
import de.akn.workflow.meeting.MeetingService;
import de.akn.workflow.meeting.MeetingStatus;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.ApiSecuritySlice;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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

@WebMvcTest(MeetingController.class)
@Import(ApiSecuritySlice.class)
class MeetingControllerTest {

    static final UserRequestPostProcessor COORDINATOR = user("coordinator").authorities(() -> "coordinator");
    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final String MARCH_MEETING = """
            {"date": "10.03.2027", "time": "17:30", "place": "Kreishaus Grevenbroich"}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    MeetingDocuments documents;

    @MockitoBean
    MemberService members;

    @MockitoBean
    IdentityService identityService;

    static Meeting meeting(MeetingStatus status) {
        Meeting meeting = mock(Meeting.class);
        given(meeting.getId()).willReturn(7L);
        given(meeting.getDate()).willReturn(LocalDate.of(2027, 3, 10));
        given(meeting.getStartTime()).willReturn(LocalTime.of(17, 30));
        given(meeting.getPlace()).willReturn("Kreishaus Grevenbroich");
        given(meeting.getChair()).willReturn("kaarst");
        given(meeting.getStatus()).willReturn(status);
        given(meeting.getProcessInstanceId()).willReturn("process-5");
        given(meeting.getAgenda()).willReturn(List.of(new AgendaItem("Gemeinsame Klimawoche 2027", "AKN-2027-001")));
        return meeting;
    }

    @Test
    void shouldPlanAMeetingForTheCoordinatorAndAnswer201() throws Exception {
        // Given
        Meeting meeting = meeting(MeetingStatus.PLANNED);
        given(meetings.plan(new MeetingPlan(LocalDate.of(2027, 3, 10), LocalTime.of(17, 30), "Kreishaus Grevenbroich"),
                "coordinator")).willReturn(meeting);
        given(meetings.find(7L)).willReturn(Optional.of(meeting));
        given(meetings.actionItems(7L)).willReturn(List.of());
        given(members.nameOf("kaarst")).willReturn("Stadt Kaarst");

        // When / Then
        mvc.perform(post("/api/meetings").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(MARCH_MEETING))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/meetings/7"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.date").value("2027-03-10"))
                .andExpect(jsonPath("$.time").value("17:30"))
                .andExpect(jsonPath("$.chair").value("kaarst"))
                .andExpect(jsonPath("$.chairName").value("Stadt Kaarst"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.agenda[0].reference").value("AKN-2027-001"))
                .andExpect(jsonPath("$.actionItems").isEmpty());
    }

    @Test
    void shouldAnswerAnInvalidDateWith400InGerman() throws Exception {
        // Given: the day is taken (the controller asks while it reads the request)
        given(meetings.dayProblem(eq(LocalDate.of(2027, 3, 10)), any()))
                .willReturn(Optional.of("Am 10.03.2027 ist schon eine Sitzung geplant."));

        // When / Then
        mvc.perform(post("/api/meetings").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(MARCH_MEETING))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.date", Matchers.containsString("schon eine Sitzung")));
    }

    @Test
    void shouldLeavePlanningToTheCoordinator() throws Exception {
        // When / Then
        mvc.perform(post("/api/meetings").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content(MARCH_MEETING))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));

        then(meetings).shouldHaveNoInteractions();
    }

    @Test
    void shouldListTheMeetingsWithTheirActionItemsToEveryTown() throws Exception {
        // Given
        Meeting meeting = meeting(MeetingStatus.HELD);
        ActionItem item = mock(ActionItem.class);
        given(item.getId()).willReturn(11L);
        given(item.getTitle()).willReturn("Förderaufruf prüfen");
        given(item.getMemberId()).willReturn("kaarst");
        given(item.getDue()).willReturn(LocalDate.of(2027, 4, 1));
        given(item.getStatus()).willReturn(ActionItem.Status.OPEN);
        given(meetings.findAll()).willReturn(List.of(meeting));
        given(meetings.actionItems(anyList())).willReturn(Map.of(7L, List.of(item)));

        // When / Then
        mvc.perform(get("/api/meetings").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("HELD"))
                .andExpect(jsonPath("$[0].actionItems[0].id").value(11))
                .andExpect(jsonPath("$[0].actionItems[0].member").value("kaarst"))
                .andExpect(jsonPath("$[0].actionItems[0].due").value("2027-04-01"))
                .andExpect(jsonPath("$[0].actionItems[0].status").value("OPEN"));
    }

    @Test
    void shouldAnswer404ForAnUnknownMeeting() throws Exception {
        // Given
        given(meetings.find(99L)).willReturn(Optional.empty());

        // When / Then
        mvc.perform(get("/api/meetings/99").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Sitzung")));
    }

    @Test
    void shouldServeTheAgendaAsPdf() throws Exception {
        // Given
        Meeting meeting = meeting(MeetingStatus.INVITED);
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        given(meetings.find(7L)).willReturn(Optional.of(meeting));
        given(documents.agenda(meeting)).willReturn(pdf);

        // When / Then
        mvc.perform(get("/api/meetings/7/agenda.pdf").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"tagesordnung-2027-03-10.pdf\""))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void shouldAnswer409ForMinutesNotYetRecorded() throws Exception {
        // Given
        Meeting invited = meeting(MeetingStatus.INVITED);
        given(meetings.find(7L)).willReturn(Optional.of(invited));

        // When / Then
        mvc.perform(get("/api/meetings/7/minutes.pdf").with(KM_KAARST))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Protokoll")));

        then(documents).shouldHaveNoInteractions();
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(get("/api/meetings"))
                .andExpect(status().isUnauthorized());
    }
}
