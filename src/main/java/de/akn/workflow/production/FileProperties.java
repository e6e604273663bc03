package de.akn.workflow.production;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.files.*}: files uploaded for joint events and brochures (PDF, PNG, JPEG, DOCX) — at most
 * {@code max-size} each.
 */
@Validated
@ConfigurationProperties("alliance.files")
public record FileProperties(@DefaultValue("10MB") @NotNull DataSize maxSize) {

    @AssertTrue(message = "{alliance.files.max-size.positive}")
    public boolean isMaxSizePositive() {
        return maxSize == null || maxSize.toBytes() > 0;
    }
}
