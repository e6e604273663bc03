package de.akn.workflow.reporting;

import de.akn.workflow.pdf.XhtmlPdf;
import java.util.Map;

/** The annual report as PDF: {@code templates/report/annual.xhtml} rendered by {@link XhtmlPdf}. */
final class AnnualReportPdf {

    private final XhtmlPdf pdf;

    AnnualReportPdf(String fontDirectory) {
        this.pdf = new XhtmlPdf("templates/report/", fontDirectory);
    }

    String html(Map<String, Object> model) {
        return pdf.html("annual", model);
    }

    byte[] render(Map<String, Object> model) {
        return pdf.render("annual", model);
    }
}
