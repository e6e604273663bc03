package de.akn.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Links;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every kind of mail in {@code templates/mail/messages_de.properties}, rendered with sample values:
 * a German subject behind the reference, paragraphs, button and calendar texts, and the HTML and
 * plain-text bodies — none with a placeholder left in it.
 */
class MailTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final String REFERENCE = "AKN-2026-001";

    private final MailTexts texts = new MailTexts(true);
    private final Properties bundle = bundle();

    @Test
    void shouldRenderAMailRenderedOnceForManyAddresseesExactlyAsRenderedForEachAlone() {
        var renderer = new MailRenderer(properties(), new Links(properties()));
        for (String template : List.of("measure", "notice")) {
            for (String greeting : new String[] {"Guten Tag Frau Müller-Lüdenscheidt,", "Sehr geehrte Damen & Herren "
                    + "<Klimaschutz> \"Kaarst\" d'Orange,", null}) {
                for (String note : new String[] {null, "Sie erhalten diese Nachricht in Vertretung für Max & Co."}) {
                    var model = new HashMap<String, Object>();
                    model.put("greeting", greeting);
                    model.put("note", note);
                    model.put("paragraphs", List.of("Bitte zeichnen Sie die Maßnahme mit."));
                    model.put("measure", measureView());
                    model.put("details", List.of());
                    String subject = "[AKN-2026-001] Bitte um Mitzeichnung";
                    var alone = renderer.render(template, subject, model);
                    var once = renderer.render(template, subject, MailRenderer.impersonal(model)).personal(model);
                    assertThat(once).as(template + " / " + greeting + " / " + note).isEqualTo(alone);
                }
            }
        }
    }

    @Test
    void shouldRenderEveryKindOfMailWithoutPlaceholders() {
        var renderer = new MailRenderer(properties(), new Links(properties()));
        for (String kind : kinds()) {
            // Given sample values for every placeholder of the kind
            Map<String, Object> values = sampleValues(kind);

            // When the mail is worded and rendered
            String subject = MailRequest.subject(kind.startsWith("annual-report") ? null : REFERENCE,
                    texts.subject(kind, values));
            List<String> paragraphs = texts.paragraphs(kind, values);
            var model = new HashMap<String, Object>();
            model.put("greeting", texts.text("greeting", Map.of("name", "Klimaschutzmanagement Kaarst")));
            model.put("paragraphs", paragraphs);
            model.put("linkUrl", "http://localhost:8080/camunda/app/tasklist/default/");
            model.put("linkText", texts.optional(kind + ".link", values));
            model.put("details", List.of(texts.text("line.share", sampleValues("line.share"))));
            model.put("commentLabel", texts.optional(kind + ".comment", values));
            model.put("comment", "Bitte die Zahlen prüfen.");
            model.put("measure", measureView());
            var rendered = renderer.render(kind.startsWith("task-") || kind.startsWith("annual-") ? "notice"
                    : "measure", subject, model);

            // Then: German, with the reference first, and nothing left unreplaced
            if (!kind.startsWith("annual-report")) {
                assertThat(subject).as(kind).startsWith("[" + REFERENCE + "] ");
            }
            assertThat(subject).as(kind).matches("^(\\[AKN-2026-001\\] )?[A-ZÄÖÜ][^{}]+$");
            assertThat(paragraphs).as(kind).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("{", "}"));
            assertThat(rendered.text()).as(kind).contains(paragraphs.get(0)).doesNotContain("{", "[(", "${");
            assertThat(rendered.html()).as(kind).contains("Guten Tag Klimaschutzmanagement Kaarst,")
                    .doesNotContain("[(", "${", "#{");
            for (String key : List.of(".link", ".comment", ".calendar.summary", ".calendar.description")) {
                String text = texts.optional(kind + key, values);
                assertThat(text == null || !text.contains("{")).as(kind + key).isTrue();
            }
        }
    }

    @Test
    void shouldWordTheCosignRequestWithArticlesAndTheCouncilBody() {
        var values = Map.<String, Object>of("title", "Gemeinsame Klimawoche 2027", "leadMemberSubject",
                "die Stadt Kaarst", "memberObject", "die Stadt Dormagen", "councilBody", "Rat der Stadt Dormagen",
                "due", "21.12.2026");

        assertThat(MailRequest.subject(REFERENCE, texts.subject("cosign-requested", values)))
                .isEqualTo("[AKN-2026-001] Bitte um Mitzeichnung: Gemeinsame Klimawoche 2027");
        assertThat(texts.paragraphs("cosign-requested", values)).containsExactly(
                "die Stadt Kaarst lädt die Stadt Dormagen ein, die folgende gemeinsame Maßnahme mitzuzeichnen.",
                "Bitte entscheiden Sie bis zum 21.12.2026: mitzeichnen (auf Wunsch mit einer Kostenobergrenze), "
                        + "ablehnen oder „unter Ratsvorbehalt“ wählen und die Sitzung angeben, in der der Rat der "
                        + "Stadt Dormagen entscheidet.");
    }

    @Test
    void shouldRefuseAMailWhoseValueIsMissingInTheTests() {
        assertThatThrownBy(() -> texts.subject("cosign-requested", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{title}");
    }

    @Test
    void shouldShowADashForAMissingValueInProduction() {
        assertThat(new MailTexts(false).subject("cosign-requested", Map.of())).isEqualTo("Bitte um Mitzeichnung: –");
    }

    @Test
    void shouldUseOneTermForTheCoSigningTownsAndTheImplementationProgress() {
        assertThat(bundle.getProperty("contributions-complete.p1")).startsWith("alle mitzeichnenden Kommunen");
        assertThat(bundle.getProperty("draft-approved.p1")).startsWith("alle mitzeichnenden Kommunen");
        assertThat(bundle.getProperty("review-approved.p1")).contains("die eingeladenen Kommunen und auch Ihre eigene");
        assertThat(bundle.getProperty("report-requested.p1")).contains("Fortschritt in Prozent, Umsetzungsstand (im Plan");
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("beteiligten Kommunen", "Unterzeichner",
                    "Klimaschutzmanager/in", "erreichter Stand");
        }
    }

    @Test
    void shouldHaveWordingForEveryKindTheCodeSendsAndNoUnusedWording() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(MailTextsTest::read)
                    .collect(Collectors.joining("\n"));
        }
        var sent = new TreeSet<String>();
        var literal = Pattern.compile("(?:MeasureMail\\.of\\(|subject\\(|paragraphs\\(|notice\\()\"([a-z0-9-]+)\"")
                .matcher(code);
        while (literal.find()) {
            sent.add(literal.group(1));
        }
        assertThat(sent).isNotEmpty();
        assertThat(kinds()).containsAll(sent);
        for (String kind : kinds()) {
            assertThat(code).as("wording of '" + kind + "' is used in the code").contains("\"" + kind + "\"");
        }
    }

    private Set<String> kinds() {
        return bundle.stringPropertyNames().stream().filter(k -> k.endsWith(".subject"))
                .map(k -> k.substring(0, k.length() - ".subject".length())).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A value for every placeholder in the keys of a kind (or in one key). */
    private Map<String, Object> sampleValues(String kindOrKey) {
        var values = new HashMap<String, Object>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.equals(kindOrKey) || key.startsWith(kindOrKey + ".")) {
                var m = PLACEHOLDER.matcher(bundle.getProperty(key));
                while (m.find()) {
                    values.put(m.group(1), "Beispiel " + m.group(1));
                }
            }
        }
        return values;
    }

    private static Map<String, String> measureView() {
        var view = new HashMap<String, String>();
        for (String field : List.of("reference", "title", "summary", "category", "sdgs", "leadMember", "invitedMembers",
                "estimatedCost", "budget", "funding", "netCost", "estimatedStaffDays", "co2", "costSplit", "period")) {
            view.put(field, "Beispiel " + field);
        }
        return view;
    }

    private static AllianceProperties properties() {
        var map = Map.of("alliance.name", "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
                "alliance.short-name", "AKN im RKN", "alliance.base-url", "http://localhost:8080",
                "alliance.members[0].id", "rkn", "alliance.members[0].name", "Rhein-Kreis Neuss",
                "alliance.members[0].kind", "KREIS", "alliance.members[0].population", "455000");
        return new Binder(new MapConfigurationPropertySource(map)).bind("alliance", AllianceProperties.class).get();
    }

    private static Properties bundle() {
        var properties = new Properties();
        try (var in = new InputStreamReader(MailTextsTest.class.getResourceAsStream(
                "/templates/mail/messages_de.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
