package de.akn.workflow.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.review.*}: the review tasks (expert opinion, formal review, revision, a final report sent back)
 * are due {@code due} after they open (ISO-8601 duration, e.g. P14D). In the kernel because {@link DueDates}
 * plans them.
 */
@Validated
@ConfigurationProperties("alliance.review")
public record ReviewProperties(@DefaultValue("P14D") @NotNull Duration due) {

    @AssertTrue(message = "{alliance.review.due.positive}")
    public boolean isDuePositive() {
        return due == null || (!due.isNegative() && !due.isZero());
    }
}
