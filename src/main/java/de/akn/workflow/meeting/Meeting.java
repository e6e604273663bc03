package de.akn.workflow.meeting;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting of the alliance: when and where, who chairs it, its agenda and minutes. */
@Entity
@Table(name = "akn_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    private String place;

    /** The chairing member's id. */
    @Column(nullable = false)
    private String chair;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @ElementCollection
    @CollectionTable(name = "akn_meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Column(name = "minutes_text")
    private String minutesText;

    @Column(name = "minutes_by")
    private String minutesBy;

    @Column(name = "minutes_at")
    private Instant minutesAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(LocalDate date, LocalTime startTime, String place, String chair, String createdBy, Instant now) {
        this.date = date;
        this.startTime = startTime;
        this.place = place;
        this.chair = chair;
        this.status = MeetingStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void proposeAgenda(List<AgendaItem> items) {
        agenda.clear();
        agenda.addAll(items);
    }

    void invite(LocalDate date, LocalTime startTime, String place, List<AgendaItem> items, Instant now) {
        this.date = date;
        this.startTime = startTime;
        this.place = place;
        proposeAgenda(items);
        this.status = MeetingStatus.INVITED;
        this.invitedAt = now;
    }

    void recordMinutes(String text, String by, Instant now) {
        this.minutesText = text;
        this.minutesBy = by;
        this.minutesAt = now;
        this.status = MeetingStatus.HELD;
    }

    /** "Sitzung am 10.02.2027". */
    public String label() {
        return Texts.text("meeting.label", "date", GermanFormat.date(date));
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public String getPlace() {
        return place;
    }

    public String getChair() {
        return chair;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public String getMinutesText() {
        return minutesText;
    }

    public String getMinutesBy() {
        return minutesBy;
    }

    public Instant getMinutesAt() {
        return minutesAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
