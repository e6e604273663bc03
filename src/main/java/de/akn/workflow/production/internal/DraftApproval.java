package de.akn.workflow.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signer's sign-off (Freigabe) of one draft: one row per signer and draft round. */
@Entity
@Table(name = "akn_draft_approval")
public class DraftApproval {

    /** Where a signer stands on the current draft. */
    public enum Status {
        OPEN,
        APPROVED,
        CHANGES_REQUESTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(name = "draft_round", nullable = false, updatable = false)
    private int round;

    @Column(nullable = false, updatable = false)
    private String member;

    @Column(name = "draft_file_id", nullable = false, updatable = false)
    private Long draftFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String comment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected DraftApproval() {
    }

    public DraftApproval(Long measureId, int round, String member, Long draftFileId) {
        this.measureId = measureId;
        this.round = round;
        this.member = member;
        this.draftFileId = draftFileId;
        this.status = Status.OPEN;
    }

    public void decide(Status status, String comment, String by, Instant at) {
        this.status = status;
        this.comment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public int getRound() {
        return round;
    }

    public String getMember() {
        return member;
    }

    public Long getDraftFileId() {
        return draftFileId;
    }

    public Status getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }
}
