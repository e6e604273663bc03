package de.akn.workflow.publicsite;

import de.akn.workflow.common.Texts;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * The legal pages of the public site from {@code alliance.site.*}, rendered once from Markdown (HTML in the
 * text passes as it is: the operator writes it).
 */
@Component
public class LegalPages {

    /** A legal page: its German title and its content as HTML. */
    public record Page(String title, String html) {
    }

    private final SiteProperties properties;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    LegalPages(SiteProperties properties) {
        this.properties = properties;
    }

    public Optional<Page> imprint() {
        return page(Texts.text("site.imprint"), properties.imprint());
    }

    public Optional<Page> privacy() {
        return page(Texts.text("site.privacy"), properties.privacy());
    }

    public Optional<Page> accessibility() {
        return page(Texts.text("site.accessibility"), properties.accessibility());
    }

    /** Where people report barriers (an e-mail address or a web address). */
    public Optional<String> accessibilityContact() {
        return Optional.ofNullable(properties.accessibilityContact()).filter(c -> !c.isBlank());
    }

    private Optional<Page> page(String title, String text) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(new Page(title, renderer.render(parser.parse(text))));
    }
}
