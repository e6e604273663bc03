package de.akn.workflow.implementation.internal;

import de.akn.workflow.implementation.ProgressFigures;
import de.akn.workflow.implementation.ProgressStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One progress report of an adopted measure. Amounts are cumulative: {@code spentEur} and
 * {@code co2SavedTonnes} are what was spent and saved since the measure began, as of this report.
 */
@Entity
@Table(name = "akn_progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    /** The member whose progress it reports: the lead member (JOINT) or each signer (LOCAL). */
    @Column(name = "member_id", nullable = false, updatable = false)
    private String member;

    @Column(name = "report_number", nullable = false, updatable = false)
    private int reportNumber;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "progress_percent", nullable = false, updatable = false)
    private int progressPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status", nullable = false, updatable = false)
    private ProgressStatus progressStatus;

    @Column(name = "spent_eur", nullable = false, updatable = false)
    private BigDecimal spentEur;

    @Column(name = "co2_saved_tonnes", updatable = false)
    private BigDecimal co2SavedTonnes;

    @Column(name = "progress_text", nullable = false, updatable = false)
    private String progressText;

    @Column(name = "percent_decrease_reason", updatable = false)
    private String percentDecreaseReason;

    @Column(name = "final_report", nullable = false, updatable = false)
    private boolean finalReport;

    protected ProgressReport() {
    }

    public ProgressReport(Long measureId, String member, int reportNumber, String taskId, String submittedBy,
            Instant submittedAt, ProgressFigures input) {
        this.measureId = measureId;
        this.member = member;
        this.reportNumber = reportNumber;
        this.taskId = taskId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.progressPercent = input.progressPercent();
        this.progressStatus = input.progressStatus();
        this.spentEur = input.spentEur();
        this.co2SavedTonnes = input.co2SavedTonnes();
        this.progressText = input.progressText();
        this.percentDecreaseReason = input.percentDecreaseReason();
        this.finalReport = input.finalReport();
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getMember() {
        return member;
    }

    public int getReportNumber() {
        return reportNumber;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public ProgressStatus getProgressStatus() {
        return progressStatus;
    }

    public BigDecimal getSpentEur() {
        return spentEur;
    }

    public BigDecimal getCo2SavedTonnes() {
        return co2SavedTonnes;
    }

    public String getProgressText() {
        return progressText;
    }

    public String getPercentDecreaseReason() {
        return percentDecreaseReason;
    }

    public boolean isFinalReport() {
        return finalReport;
    }
}
