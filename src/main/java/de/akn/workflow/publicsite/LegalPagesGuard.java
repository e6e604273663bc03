package de.akn.workflow.publicsite;

import de.akn.workflow.common.StartupCheck;
import de.akn.workflow.common.Texts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while {@code alliance.site.required} is set (profile {@code prod}) and a legal page is
 * missing or still a default text.
 */
@Component
class LegalPagesGuard extends StartupCheck {

    @Override
    protected void check(Binder configuration) {
        if (!configuration.bindOrCreate("alliance.site", SiteProperties.class).isComplete()) {
            throw new IllegalStateException(Texts.text("site.incomplete"));
        }
    }
}
