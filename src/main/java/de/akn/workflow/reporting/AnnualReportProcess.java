package de.akn.workflow.reporting;

/** Ids and variable names of {@code alliance-annual-report} (DESIGN.md). */
public final class AnnualReportProcess {

    public static final String PROCESS_KEY = "alliance-annual-report";
    /** The year the report is about; the timer start takes the previous year. */
    public static final String REPORT_YEAR = "reportYear";
    /** Who started it by hand (Tasklist or API); empty for the yearly timer. */
    public static final String INITIATOR = "initiator";

    private AnnualReportProcess() {
    }
}
