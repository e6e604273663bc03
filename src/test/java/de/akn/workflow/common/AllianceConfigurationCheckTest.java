package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.env.MockEnvironment;

/**
 * A broken {@code alliance.*} stops the start with German messages; the annotations name their messages by
 * key ({@code {alliance.cosigning.min-signers}}) in {@code ValidationMessages.properties}.
 */
class AllianceConfigurationCheckTest {

    private static final Map<String, String> BROKEN = Map.of(
            "alliance.name", "Allianz",
            "alliance.short-name", "AKN",
            "alliance.base-url", "http://localhost",
            "alliance.cosigning.min-signers", "0",
            "alliance.synergy.standalone-factor", "11",
            "alliance.members[0].id", "X",
            "alliance.members[0].name", "Stadt Kaarst",
            "alliance.members[0].kind", "STADT",
            "alliance.members[0].email", "kein-mail");

    @Test
    void shouldStopTheStartWithGermanMessagesFromTheValidationBundle() {
        var environment = new MockEnvironment();
        BROKEN.forEach(environment::setProperty);

        assertThatThrownBy(() -> new AllianceConfigurationCheck().postProcessEnvironment(environment,
                new SpringApplication()))
                .hasMessageStartingWith("Start abgebrochen: Die Konfiguration alliance.* ist ungültig:")
                .hasMessageContaining("alliance.cosigning.minSigners: Mindestens eine mitzeichnende Kommune ist nötig.")
                .hasMessageContaining("alliance.synergy.standaloneFactor: Der Faktor darf höchstens 10 sein.")
                .hasMessageContaining("Die Kennung muss aus 2–40 Kleinbuchstaben, Ziffern oder '-' bestehen.")
                .hasMessageContaining("Die E-Mail-Adresse ist ungültig.")
                .hasMessageContaining("Kommunen und der Kreis brauchen eine Einwohnerzahl größer 0.")
                .hasMessageContaining("alliance.members braucht genau einen Kreis (kind: KREIS).")
                .hasMessageNotContaining("Unterzeichner")
                .hasMessageNotContaining("{alliance.");
    }

    @Test
    void shouldResolveTheKeysAlsoWithSpringBootsInterpolatorForConfigurationProperties() {
        var binder = new Binder(new MapConfigurationPropertySource(BROKEN));
        var interpolator = new MessageInterpolatorFactory(new StaticMessageSource()).getObject();
        try (var factory = Validation.byDefaultProvider().configure().messageInterpolator(interpolator)
                .buildValidatorFactory()) {
            assertThat(AllianceConfigurationCheck.settingsRecords().stream()
                    .map(type -> binder.bindOrCreate(prefix(type), type))
                    .flatMap(properties -> factory.getValidator().validate(properties).stream()).toList())
                    .extracting(v -> v.getMessage())
                    .contains("Mindestens eine mitzeichnende Kommune ist nötig.", "Der Faktor darf höchstens 10 sein.")
                    .noneMatch(message -> message.contains("{"));
        }
    }

    @Test
    void shouldHaveAGermanMessageForEveryKeyTheConfigurationRecordsName() throws IOException {
        var bundle = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/ValidationMessages.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        int found = 0;
        for (Class<?> type : AllianceConfigurationCheck.settingsRecords()) {
            String source = "src/main/java/" + type.getName().replace('.', '/') + ".java";
            String code = Files.readString(Path.of(source));
            var key = Pattern.compile("message = \"\\{([a-z0-9.-]+)}\"").matcher(code);
            while (key.find()) {
                assertThat(bundle.getProperty(key.group(1))).as(key.group(1)).isNotBlank();
                found++;
            }
            assertThat(code).as(source + " has no German message left").doesNotContainPattern("message = \"[^{]");
        }
        assertThat(found).as("keys named by the settings records").isGreaterThan(20);
    }

    private static String prefix(Class<?> type) {
        return AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class).prefix();
    }
}
