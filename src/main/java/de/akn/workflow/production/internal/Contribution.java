package de.akn.workflow.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signer's part of a joint event or brochure: programme item, page text, contact. */
@Entity
@Table(name = "akn_contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(nullable = false, updatable = false)
    private String member;

    @Column(name = "contribution_text", nullable = false)
    private String text;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Contribution() {
    }

    public Contribution(Long measureId, String member) {
        this.measureId = measureId;
        this.member = member;
    }

    public void submit(String text, String by, Instant at) {
        this.text = text;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMember() {
        return member;
    }

    public String getText() {
        return text;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
