package de.akn.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.akn.workflow.common.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTextTest {

    @Test
    void shouldReadOneItemPerLineWithTheMeasuresReferenceAndWithoutTypedNumbers() {
        var items = AgendaText.parse("1. Begrüßung\n\n TOP 2: Mitzeichnung offen: Klimawoche [AKN-2026-001]\n"
                + "3) Verschiedenes  ", "agendaText");
        assertThat(items).containsExactly(new AgendaItem("Begrüßung", null),
                new AgendaItem("Mitzeichnung offen: Klimawoche", "AKN-2026-001"), new AgendaItem("Verschiedenes", null));
        assertThat(AgendaText.parse(AgendaText.format(items), "agendaText")).isEqualTo(items);
    }

    @Test
    void shouldRefuseAnEmptyOrOverlongAgendaInGerman() {
        assertThatThrownBy(() -> AgendaText.parse(" \n ", "agendaText")).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("mindestens einen Tagesordnungspunkt");
        assertThatThrownBy(() -> AgendaText.parse("x".repeat(501), "agendaText"))
                .hasMessageContaining("höchstens 500 Zeichen");
        assertThatThrownBy(() -> AgendaText.parse(String.join("\n", java.util.Collections.nCopies(41, "Punkt")),
                "agendaText")).hasMessageContaining("höchstens 40 Punkte");
        assertThat(AgendaText.parse("2027 Klimawoche\n10 Tipps zum Energiesparen", "agendaText")).isEqualTo(List.of(
                new AgendaItem("2027 Klimawoche", null), new AgendaItem("10 Tipps zum Energiesparen", null)));
    }
}
