package de.akn.workflow.notification;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Links;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/** Renders the German mail templates under {@code templates/mail/} as HTML and plain text. */
@Component
class MailRenderer {

    private static final Locale GERMAN = Locale.GERMANY;
    /** The addressee's own values in a mail model, with placeholders no template or text contains. */
    private static final Map<String, String> PERSONAL = Map.of("greeting", "AKNPERSONALGREETINGX7Q",
            "note", "AKNPERSONALNOTEX7Q");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final AllianceProperties properties;
    private final Links links;

    MailRenderer(AllianceProperties properties, Links links) {
        this.properties = properties;
        this.links = links;
        engine.setEnableSpringELCompiler(true);
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    Rendered render(String template, String subject, Map<String, Object> model) {
        var context = new Context(GERMAN);
        context.setVariables(model);
        context.setVariable("subject", subject);
        context.setVariable("allianceName", properties.name());
        context.setVariable("allianceShortName", properties.shortName());
        context.setVariable("baseUrl", properties.baseUrl());
        context.setVariable("tasklistUrl", links.tasklist(null));
        return new Rendered(engine.process(template + ".txt", context), engine.process(template + ".html", context));
    }

    /**
     * The model with the addressee's own values (greeting and note) replaced by placeholders: mails of one
     * kind to many addressees are rendered once and {@linkplain Rendered#personal personalised} per addressee.
     */
    static Map<String, Object> impersonal(Map<String, Object> model) {
        var result = new HashMap<String, Object>(model);
        PERSONAL.forEach((key, placeholder) -> {
            if (result.get(key) != null) {
                result.put(key, placeholder);
            }
        });
        return result;
    }

    record Rendered(String text, String html) {

        /** This rendering of an {@linkplain #impersonal impersonal} model with the addressee's values put in. */
        Rendered personal(Map<String, Object> model) {
            String personalText = text;
            String personalHtml = html;
            for (var entry : PERSONAL.entrySet()) {
                Object value = model.get(entry.getKey());
                if (value != null) {
                    personalText = personalText.replace(entry.getValue(), value.toString());
                    // escaped as th:text escapes (markup-significant characters only)
                    personalHtml = personalHtml.replace(entry.getValue(), HtmlEscape.escapeHtml4Xml(value.toString()));
                }
            }
            return new Rendered(personalText, personalHtml);
        }
    }
}
