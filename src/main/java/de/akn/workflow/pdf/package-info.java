/**
 * Tagged PDF (PDF/UA) from Thymeleaf XHTML templates for the documents the modules produce — the annual report,
 * the Beschlussvorlage, the meeting documents, the Kostenerstattungsanforderung.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF documents")
package de.akn.workflow.pdf;
