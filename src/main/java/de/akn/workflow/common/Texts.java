package de.akn.workflow.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The German wording outside the mails — validation and problem messages, audit lines, labels and
 * document rows — by key, from the bundles {@code messages/<module>_de.properties} (one per module, plus
 * {@code messages/messages_de.properties} for what several modules share). A key lives in exactly one bundle. Values are filled in by name
 * ({@code {amount}}), as in the mail texts. A missing key is an error everywhere (the tests find it);
 * a placeholder without a value is an error when {@code akn.texts.strict=true} (the tests) and shows
 * as "–" in production, so that a wording edit never stops a user's step.
 */
public final class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Locale GERMAN = Locale.GERMAN;
    private static final String BUNDLES = "classpath*:messages/*_de.properties";
    private static final ResourceBundleMessageSource BUNDLE = bundle(basenames());

    private Texts() {
    }

    /** The text of a key with its values given as name, value, name, value … */
    public static String text(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values must come in pairs for " + key);
        }
        var values = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return text(key, values);
    }

    public static String text(String key, Map<String, ?> values) {
        return fill(key, BUNDLE.getMessage(key, null, GERMAN), values,
                Boolean.getBoolean("akn.texts.strict"));
    }

    /**
     * The German label of an enum constant (a status, a decision), under the key
     * {@code label.<enum's simple name>.<constant>}, e.g. {@code label.FundingStatus.GRANTED}.
     */
    public static String label(Enum<?> value) {
        return text(labelKey(value), Map.of());
    }

    /** The key of an enum constant's label, {@code label.<enum's simple name>.<constant>}. */
    public static String labelKey(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** A bundle of German texts as written: no MessageFormat quoting rules for German apostrophes. */
    public static ResourceBundleMessageSource bundle(String... basenames) {
        var bundle = new ResourceBundleMessageSource();
        bundle.setBasenames(basenames);
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(false);
        return bundle;
    }

    /** The base names of the German bundles under {@code messages/}, e.g. {@code messages/council}. */
    public static String[] basenames() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver(Texts.class.getClassLoader())
                            .getResources(BUNDLES))
                    .map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> "messages/" + name.substring(0, name.length() - "_de.properties".length()))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the German texts " + BUNDLES, e);
        }
    }

    /**
     * Fills {@code {name}} placeholders from {@code values}. A name without a value fails when
     * {@code strict}, else it shows as "–" and is logged.
     */
    public static String fill(String key, String pattern, Map<String, ?> values, boolean strict) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        var sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                if (strict) {
                    throw new IllegalArgumentException("Text " + key + " needs a value for {" + name + "}");
                }
                log.warn("Text {} has no value for {{}}; shown as '{}'", key, name, GermanFormat.NONE);
            }
            Object value = values.get(name);
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? GermanFormat.NONE : value.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
