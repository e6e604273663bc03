package de.akn.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.Texts;
import org.junit.jupiter.api.Test;

/** The dossier's wording: one term for the towns that co-sign a measure. */
class OverviewTextsTest {

    @Test
    void shouldCallTheSignersMitzeichnendeKommunen() {
        assertThat(Texts.text("overview.synergy", "money", "1.000,00 €", "method", "Schätzung", "days", "2",
                "signers", 3)).isEqualTo("1.000,00 € (Schätzung) und 2 Personentage (Schätzung), 3 mitzeichnende Kommunen")
                .doesNotContain("Beteiligte");
    }
}
