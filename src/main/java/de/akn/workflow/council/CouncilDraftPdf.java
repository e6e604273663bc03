package de.akn.workflow.council;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.pdf.XhtmlPdf;
import java.util.Map;

/** The Beschlussvorlage as PDF: {@code templates/council/draft.xhtml} rendered by {@link XhtmlPdf}. */
final class CouncilDraftPdf {

    private final XhtmlPdf pdf;

    CouncilDraftPdf(String fontDirectory) {
        this.pdf = new XhtmlPdf("templates/council/", fontDirectory);
    }

    byte[] render(CouncilDraft draft) {
        return pdf.render("draft", Map.of("draft", draft, "date", GermanFormat.date(draft.date())));
    }
}
