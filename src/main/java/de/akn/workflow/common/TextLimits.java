package de.akn.workflow.common;

/** How long free texts may be; the same limit in forms, API and database columns. */
public final class TextLimits {

    /** Comments, opinions, report texts and reasons (database columns of 4,000 characters). */
    public static final int TEXT = 4000;
    /** A measure's title. */
    public static final int TITLE = 200;
    /** A measure's summary. */
    public static final int SUMMARY = 10_000;

    private TextLimits() {
    }

    /**
     * The German message for a text that is too long.
     *
     * @param what the text with its article, e.g. "Der Kommentar"
     */
    public static String tooLong(String what, int limit) {
        return Texts.text("input.too-long", "what", what, "max", GermanFormat.integer(limit));
    }

    public static String tooLong(String what) {
        return tooLong(what, TEXT);
    }

    /** A text cut to fit a column of {@link #TEXT} characters (audit details, not user input). */
    public static String fit(String text) {
        return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT);
    }
}
