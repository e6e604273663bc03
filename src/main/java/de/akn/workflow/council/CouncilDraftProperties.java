package de.akn.workflow.council;

import jakarta.validation.constraints.AssertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.council-draft.*}: the Beschlussvorlage — optionally the towns' own DOCX (letterhead,
 * styles) with placeholders such as {@code ${kommune}}: one file for all, or a folder with
 * {@code <memberId>.docx} per town (and {@code default.docx}); the draft's sections follow its content.
 */
@Validated
@ConfigurationProperties("alliance.council-draft")
public record CouncilDraftProperties(String template) {

    @AssertTrue(message = "{alliance.council-draft.template.readable}")
    public boolean isTemplateReadable() {
        if (template == null || template.isBlank()) {
            return true;
        }
        var path = Path.of(template);
        return Files.isDirectory(path) || (template.endsWith(".docx") && Files.isReadable(path));
    }
}
