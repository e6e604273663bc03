package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every German sentence people read lives in a bundle or template (issue #28): the Java sources hold at most a
 * handful — OpenAPI descriptions (for API developers) and log messages (English) aside. A German string literal
 * is one with an umlaut or ß, or with two or more common German words, and a space.
 */
class GermanInJavaTest {

    static final int MOST = 15;
    private static final Pattern GERMAN_WORDS = Pattern.compile("\\b(der|die|das|und|ist|nicht|Sie|ein|eine|wird|"
            + "werden|den|dem|des|mit|für|von|bei|kein|keine|Bitte|zu|auf|im|am|Stadt|Gemeinde|Maßnahme|noch|nur|"
            + "oder|wurde|sind|hat|kann|muss)\\b");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern API_DOCS = Pattern.compile("@(Operation|Schema|Parameter|ApiResponse|ApiResponses|"
            + "Tag|Content|ExampleObject|io\\.swagger[\\w.]*)\\(");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern LOG = Pattern.compile("\\blog\\.(trace|debug|info|warn|error)\\(");

    @Test
    void shouldKeepGermanSentencesOutOfTheJavaSources() throws IOException {
        var german = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = withoutBalanced(withoutBalanced(COMMENT.matcher(Files.readString(file)).replaceAll(""),
                        API_DOCS), LOG);
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (text.contains(" ") && (text.matches(".*[äöüÄÖÜß].*") || count(text) >= 2)) {
                        german.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(german).as("German sentences in src/main/java (put them into messages/<module>_de.properties)")
                .hasSizeLessThanOrEqualTo(MOST);
    }

    private static int count(String text) {
        int n = 0;
        for (Matcher m = GERMAN_WORDS.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    /** The code without the calls the pattern starts (up to the matching parenthesis). */
    static String withoutBalanced(String code, Pattern start) {
        var out = new StringBuilder();
        Matcher m = start.matcher(code);
        int from = 0;
        while (m.find(from)) {
            out.append(code, from, m.start());
            int depth = 1;
            int i = m.end();
            boolean inString = false;
            for (; i < code.length() && depth > 0; i++) {
                char c = code.charAt(i);
                if (c == '"' && code.charAt(i - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == '(') {
                    depth++;
                } else if (!inString && c == ')') {
                    depth--;
                }
            }
            from = i;
        }
        return out.append(code.substring(Math.min(from, code.length()))).toString();
    }

    @Test
    void shouldFindAGermanSentenceWhereThereIsOne() {
        String code = "@Operation(summary = \"Maßnahme lesen\") class X { String s = \"Bitte geben Sie den Titel an.\"; "
                + "void f() { log.info(\"Mail für die Stadt {}\", x); } }";
        String stripped = withoutBalanced(withoutBalanced(code, API_DOCS), LOG);
        assertThat(stripped).contains("Bitte geben Sie den Titel an.").doesNotContain("Maßnahme lesen", "Mail für");
        assertThat(List.of(stripped.split("\""))).anyMatch(s -> s.matches(".*[äöüß].*") || count(s) >= 2);
    }
}
