package de.akn.workflow.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need PostgreSQL or Chromium skip where these are absent. CI sets
 * {@code AKN_REQUIRE_ALL=true}: there a missing service fails the test instead.
 */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static boolean requireAll() {
        return "true".equalsIgnoreCase(System.getenv("AKN_REQUIRE_ALL"))
                || "true".equalsIgnoreCase(System.getProperty("akn.require-all"));
    }

    /** Skips the test with the reason, or fails it when everything is required. */
    public static void assumeAvailable(boolean available, String reason) {
        if (!available && requireAll()) {
            throw new AssertionError(reason + " (AKN_REQUIRE_ALL=true: a skip is an error here)");
        }
        Assumptions.assumeTrue(available, reason + " – test skipped");
    }
}
