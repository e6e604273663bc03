package de.akn.workflow.council;

import java.time.LocalDate;
import java.util.List;

/**
 * The Beschlussvorlage of one member for one measure, as its council reads it: the sections a
 * German Vorlage has (no Anlagen: the application produces none, the town adds its own). Rendered as
 * DOCX ({@link CouncilDraftDocx}) and PDF ({@link CouncilDraftPdf}).
 *
 * @param councilBody  the Beratungsfolge: the council body, with its meeting where known
 * @param placeholders the values a town's own DOCX template may use, e.g. {@code ${kommune}}
 */
public record CouncilDraft(String fileName, String councilBody, String memberName, String reference, String title,
        String paperReference, LocalDate date, String subject, String proposal, List<String> facts,
        List<Row> finance, List<String> climate, List<String> frame, java.util.Map<String, String> placeholders) {

    /** A line of the financial table: what, and how much. */
    public record Row(String label, String value) {
    }
}
