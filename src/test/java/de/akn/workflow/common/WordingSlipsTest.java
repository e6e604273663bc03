package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The slips a reading by a town administration found (issue #28) do not come back: every text people read — the
 * German bundles, mail and page templates, forms, process models (names shown in Cockpit and Tasklist), the
 * Tasklist and Cockpit scripts and the Java sources — is searched for the old wording. The module tests read the
 * rendered mails, pages and drafts for the new wording.
 */
class WordingSlipsTest {

    /** Old wording → what is written instead. */
    private static final Map<String, String> SLIPS = Map.ofEntries(
            Map.entry("Klimaschutzmanager/in", "Klimaschutzmanagerinnen und Klimaschutzmanager"),
            Map.entry("Unterzeichner", "mitzeichnende Kommunen"),
            Map.entry("tragende[nr]? (Mitglied|Kommune)", "mitzeichnende Kommunen"),
            Map.entry("Beteiligte Kommunen", "mitzeichnende Kommunen"),
            Map.entry("\\bvon dem (Rhein-Kreis|Kreis)", "vom Rhein-Kreis Neuss"),
            Map.entry("\\b(bei|von|für|mit) (Stadt|Gemeinde) [A-ZÄÖÜ]", "bei der Stadt …, von der Stadt …"),
            Map.entry("wird beauftragt, die Mittel", "Die Mittel stehen im Produkt … zur Verfügung"),
            Map.entry("Bitte (ein|eine|einen|die|den|das)\\b[^.„]{0,60} angeben\\.", "Bitte geben Sie … an."),
            Map.entry("Nummer der Entwurfsdatei", "einen früher hochgeladenen Entwurf vorlegen"),
            Map.entry("Überfällige Aufgaben erinnern", "An überfällige Aufgaben erinnern"),
            Map.entry("Jahresbericht veröffentlicht", "Jahresbericht versandt"),
            Map.entry("Personentage: \\{[a-zA-Z]+} Personentage", "Personentage: 20"),
            Map.entry("Geschätzte[^\\n]{0,80}\\(Schätzung\\)", "one of the two"),
            Map.entry("abgeschlossen am[^\\n]{0,80}abgeschlossen am", "vereinbart am …, abgeschlossen am …"),
            Map.entry("eingeladen: [a-z]+, [a-z]+", "the members' names"));

    @Test
    void shouldNotWriteAnyOfTheOldWordingAgain() throws IOException {
        var found = new ArrayList<String>();
        for (Path file : texts()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (file.toString().endsWith(".java") && (line.startsWith("*") || line.startsWith("//")
                        || line.startsWith("/*"))) {
                    continue; // comments are English and may quote the old wording
                }
                for (var slip : SLIPS.entrySet()) {
                    if (Pattern.compile(slip.getKey()).matcher(line).find()) {
                        found.add(file + ":" + (i + 1) + " \"" + slip.getKey() + "\" (write: " + slip.getValue()
                                + "): " + line);
                    }
                }
            }
        }
        assertThat(found).as("old wording").isEmpty();
    }

    private static List<Path> texts() throws IOException {
        var files = new ArrayList<Path>();
        for (String root : List.of("src/main/resources", "bpmn", "src/main/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(
                        ".*\\.(properties|html|xhtml|js|form|bpmn|dmn|java|md)$")).forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
