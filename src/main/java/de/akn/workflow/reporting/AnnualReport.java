package de.akn.workflow.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The stored annual report of one year: its PDF and CSV as generated. */
@Entity
@Table(name = "akn_annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_year", nullable = false, updatable = false, unique = true)
    private int reportYear;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "measure_count", nullable = false)
    private int measureCount;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] csv;

    @Version
    private long version;

    protected AnnualReport() {
    }

    AnnualReport(int reportYear) {
        this.reportYear = reportYear;
    }

    void replace(Instant generatedAt, String generatedBy, int measureCount, byte[] pdf, byte[] csv) {
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.measureCount = measureCount;
        this.pdf = pdf;
        this.csv = csv;
    }

    public int getReportYear() {
        return reportYear;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public int getMeasureCount() {
        return measureCount;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public byte[] getCsv() {
        return csv;
    }
}
