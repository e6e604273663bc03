package de.akn.workflow.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.report.*}: where the fonts of every PDF (annual report, minutes, Beschlussvorlage, claim
 * letters) come from — DejaVu; built-in Helvetica if missing. The name is the annual report's, which had the
 * first PDF.
 */
@Validated
@ConfigurationProperties("alliance.report")
public record PdfProperties(@DefaultValue("/usr/share/fonts/truetype/dejavu") String fontDirectory) {
}
