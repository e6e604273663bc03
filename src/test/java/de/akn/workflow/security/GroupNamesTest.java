package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The names of the groups and Tasklist filters people read in Camunda Admin and Tasklist. */
class GroupNamesTest {

    @Test
    void shouldNameTheClimateManagersInBothGendersInFull() throws IOException {
        assertThat(Texts.text("group.climate-managers"))
                .isEqualTo("Klimaschutzmanagerinnen und Klimaschutzmanager der Kommunen");
        assertThat(Files.readString(Path.of("src/main/java/de/akn/workflow/security/IdentitySetup.java")))
                .doesNotContain("Klimaschutzmanager/innen");
    }

    @Test
    void shouldAskForOwnPasswordsInTheSieForm() {
        assertThat(Texts.text("security.prod.admin-password-default")).contains("Bitte setzen Sie ein eigenes")
                .doesNotContain("setzen.");
        assertThat(Texts.text("security.prod.default-passwords", "accounts", "km-kaarst"))
                .contains("Standardpasswort: km-kaarst. Bitte ändern Sie die Passwörter");
    }
}
