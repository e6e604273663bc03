package de.akn.workflow.publicsite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.site.*}: the legal pages of the public site — Impressum (§ 5 DDG), Datenschutzerklärung
 * (Art. 13 DSGVO) and Erklärung zur Barrierefreiheit (BITV NRW, with a feedback contact) — as Markdown or
 * HTML. The defaults say what must be filled in; with {@code required} (profile {@code prod}) the application
 * does not start while one is missing or still a default ({@link LegalPagesGuard}).
 */
@ConfigurationProperties("alliance.site")
public record SiteProperties(String imprint, String privacy, String accessibility, String accessibilityContact,
        @DefaultValue("false") boolean required) {

    /** The mark of a default text: "[Bitte ergänzen: …]". */
    public static final String TO_BE_FILLED_IN = "[Bitte ergänzen";

    /** Whether the pages may go out: always, or when required, all filled in. */
    public boolean isComplete() {
        return !required || (filled(imprint) && filled(privacy) && filled(accessibility) && filled(accessibilityContact));
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank() && !text.contains(TO_BE_FILLED_IN);
    }
}
