package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

/**
 * The German texts of the bundles {@code messages/*_de.properties}: every key the code uses has one, none is
 * left over, none is in two bundles.
 */
class TextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    @Test
    void shouldHaveGermanTextForEveryKeyTheCodeUsesAndNoUnusedKey() throws IOException {
        Properties bundle = bundle();
        String code = sources(Path.of("src/main/java"), ".java") + sources(Path.of("src/main/resources/templates"),
                ".html") + sources(Path.of("src/main/resources/templates"), ".xhtml");
        var used = new TreeSet<String>();
        var literal = Pattern.compile("(?:Texts\\.text|EventDetail\\.of|\\.and|\\.andIf)\\((?:[^\"()]*, )?\"([a-z0-9.-]+)\"").matcher(code);
        while (literal.find()) {
            used.add(literal.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle.stringPropertyNames()).as("keys with German text").containsAll(used);
        for (String key : bundle.stringPropertyNames()) {
            var label = Pattern.compile("label\\.([A-Za-z]+)\\.([A-Z_]+)").matcher(key);
            if (label.matches()) {
                // an enum's labels: Texts.label(constant), the enum declares the constant
                assertThat(code).as("enum of label '" + key + "'").containsPattern("enum " + label.group(1)
                        + " \\{[^}]*\\b" + label.group(2) + "\\b");
                continue;
            }
            assertThat(code).as("key '" + key + "' is used").contains("\"" + key + "\"");
        }
    }

    @Test
    void shouldFillEveryTextWithoutLeavingAPlaceholder() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            var values = new HashMap<String, Object>();
            var m = PLACEHOLDER.matcher(bundle.getProperty(key));
            while (m.find()) {
                values.put(m.group(1), "Beispiel");
            }
            assertThat(Texts.text(key, values)).as(key).doesNotContain("{", "}").isNotBlank();
        }
    }

    @Test
    void shouldRefuseAnUnknownKeyAndAMissingValueInTheTests() {
        assertThatThrownBy(() -> Texts.text("no.such.key")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> Texts.text("event.not-adopted.lead")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{lead}");
        assertThat(Texts.fill("k", "Anteil {amount}", java.util.Map.of(), false)).isEqualTo("Anteil –");
    }

    @Test
    void shouldKeepEveryKeyInOneBundle() throws IOException {
        var owner = new HashMap<String, String>();
        assertThat(Texts.basenames()).contains("messages/messages");
        for (String basename : Texts.basenames()) {
            for (String key : bundle(basename).stringPropertyNames()) {
                String before = owner.put(key, basename);
                assertThat(before).as("key '" + key + "' in " + basename + " and " + before).isNull();
            }
        }
    }

    private static Properties bundle() throws IOException {
        var all = new Properties();
        for (String basename : Texts.basenames()) {
            all.putAll(bundle(basename));
        }
        return all;
    }

    private static Properties bundle(String basename) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(TextsTest.class.getResourceAsStream("/" + basename + "_de.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String sources(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
