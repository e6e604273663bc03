package de.akn.workflow.notification;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Links;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the German mail templates under {@code templates/mail/} as HTML and plain text. */
@Component
class MailRenderer {

    private static final Locale GERMAN = Locale.GERMANY;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final AllianceProperties properties;
    private final Links links;

    MailRenderer(AllianceProperties properties, Links links) {
        this.properties = properties;
        this.links = links;
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

    record Rendered(String text, String html) {
    }
}
