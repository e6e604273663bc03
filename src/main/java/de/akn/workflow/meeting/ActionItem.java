package de.akn.workflow.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What a meeting asked a member to do, by when; OPEN until the member reports it done. */
@Entity
@Table(name = "akn_action_item")
public class ActionItem {

    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false)
    private String title;

    @Column(name = "member_id", nullable = false)
    private String memberId;

    @Column(nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String result;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Long meetingId, String title, String memberId, LocalDate due) {
        this.meetingId = meetingId;
        this.title = title;
        this.memberId = memberId;
        this.due = due;
        this.status = Status.OPEN;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void done(String result, String by, Instant now) {
        this.result = result;
        this.doneBy = by;
        this.doneAt = now;
        this.status = Status.DONE;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public String getMemberId() {
        return memberId;
    }

    public LocalDate getDue() {
        return due;
    }

    public Status getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
