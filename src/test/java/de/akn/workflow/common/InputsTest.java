package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputsTest {

    static final String MISSING = "Bitte eine Art wählen.";

    final Map<String, String> errors = new LinkedHashMap<>();

    @Test
    void shouldReadAnEnumConstantByItsName() {
        assertThat(Inputs.enumValue(MemberKind.class, " STADT ", "kind", MISSING, errors)).isEqualTo(MemberKind.STADT);
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldReportAMissingEnumValueWithTheGivenMessage() {
        assertThat(Inputs.enumValue(MemberKind.class, null, "kind", MISSING, errors)).isNull();
        assertThat(errors).containsExactly(entry("kind", MISSING));
    }

    @Test
    void shouldReportABlankEnumValueAsMissing() {
        assertThat(Inputs.enumValue(MemberKind.class, "  ", "kind", MISSING, errors)).isNull();
        assertThat(errors).containsExactly(entry("kind", MISSING));
    }

    @Test
    void shouldListTheAllowedValuesForAnUnknownOne() {
        // names are case-sensitive
        assertThat(Inputs.enumValue(MemberKind.class, "Stadt", "kind", MISSING, errors)).isNull();
        assertThat(errors).containsExactly(entry("kind",
                "Unbekannter Wert „Stadt“. Erlaubt sind: KREIS, STADT, GEMEINDE, PARTNER."));
    }

    @Test
    void shouldShortenALongUnknownValueInTheMessage() {
        Inputs.enumValue(MemberKind.class, "x".repeat(100), "kind", MISSING, errors);
        assertThat(errors.get("kind")).startsWith("Unbekannter Wert „" + "x".repeat(40) + "…“.");
    }

    @Test
    void shouldGiveNullForAMissingOrUnknownDecision() {
        assertThat(Inputs.enumValue(MemberKind.class, "PARTNER")).isEqualTo(MemberKind.PARTNER);
        assertThat(Inputs.enumValue(MemberKind.class, "partner")).isNull();
        assertThat(Inputs.enumValue(MemberKind.class, (Object) null)).isNull();
        assertThat(Inputs.enumValue(MemberKind.class, Boolean.TRUE)).isNull();
    }

    @Test
    void shouldReadAnAmountToTheGivenScale() {
        BigDecimal amount = Inputs.amount("12000.5", "cost", "die Kosten", 2, new BigDecimal("1000000"), true, errors);
        assertThat(amount).isEqualTo(new BigDecimal("12000.50"));
        assertThat(Inputs.amount(20, "days", "die Tage", 1, new BigDecimal("1000"), true, errors))
                .isEqualTo(new BigDecimal("20.0"));
        assertThat(Inputs.amount(0.1, "days", "die Tage", 1, new BigDecimal("1000"), true, errors))
                .isEqualTo(new BigDecimal("0.1"));
        // as a German types it
        assertThat(Inputs.amount("12.000,5", "cost", "die Kosten", 2, new BigDecimal("1000000"), true, errors))
                .isEqualTo(new BigDecimal("12000.50"));
        assertThat(Inputs.amount("99,99", "cost", "die Kosten", 2, new BigDecimal("1000000"), true, errors))
                .isEqualTo(new BigDecimal("99.99"));
        assertThat(Inputs.amount("12.000", "cost", "die Kosten", 2, new BigDecimal("1000000"), true, errors))
                .isEqualTo(new BigDecimal("12000.00"));
        assertThat(Inputs.integer("65.000")).isEqualTo(65000);
        assertThat(Inputs.amount("12.5", "cost", "die Kosten", 2, new BigDecimal("1000000"), true, errors))
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRefuseAmountsThatAreNotNumbersNegativeTooHighOrTooPrecise() {
        BigDecimal max = new BigDecimal("1000");
        Inputs.amount("zwölf", "a", "die Kosten", 2, max, true, errors);
        Inputs.amount(-1, "b", "die Kosten", 2, max, true, errors);
        Inputs.amount("1000.01", "c", "die Kosten", 2, max, true, errors);
        Inputs.amount("10,005", "d", "die Kosten", 2, max, true, errors);
        Inputs.amount("1.25", "e", "die Tage", 1, max, true, errors);
        assertThat(errors).containsExactly(
                entry("a", "Bitte geben Sie für die Kosten eine Zahl an (z. B. 12.000 oder 12,5)."),
                entry("b", "Bitte geben Sie für die Kosten keinen negativen Wert an."),
                entry("c", "Der Wert für die Kosten ist unrealistisch hoch (höchstens 1.000)."),
                entry("d", "Bitte geben Sie für die Kosten höchstens 2 Nachkommastellen an."),
                entry("e", "Bitte geben Sie für die Tage höchstens 1 Nachkommastelle an."));
        // the Sie form, no infinitive ("Bitte für die Kosten … angeben.")
        assertThat(errors.values()).noneMatch(message -> message.endsWith(" angeben."));
    }

    @Test
    void shouldRequireAnAmountOnlyWhenAsked() {
        assertThat(Inputs.amount(" ", "co2", "die Einsparung", 2, BigDecimal.TEN, false, errors)).isNull();
        assertThat(errors).isEmpty();
        assertThat(Inputs.amount(null, "cost", "die Kosten", 2, BigDecimal.TEN, true, errors)).isNull();
        assertThat(errors).containsExactly(entry("cost", "Bitte geben Sie die Kosten an."));
    }

    @Test
    void shouldReadADateOrExplainTheFormat() {
        assertThat(Inputs.date("01.03.2027", "start", "den Beginn", errors)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(errors).isEmpty();
        assertThat(Inputs.date("31.02.2027", "start", "den Beginn", errors)).isNull();
        assertThat(Inputs.date(null, "end", "das Ende", errors)).isNull();
        assertThat(errors).containsExactly(
                entry("start", "Bitte geben Sie für den Beginn ein gültiges Datum an (TT.MM.JJJJ oder JJJJ-MM-TT)."),
                entry("end", "Bitte geben Sie das Ende an."));
        assertThat(errors.values()).noneMatch(message -> message.contains("angeben"));
    }

    @Test
    void shouldReadWholeNumbersOnly() {
        assertThat(Inputs.integer("40")).isEqualTo(40);
        assertThat(Inputs.integer(40.0)).isEqualTo(40);
        assertThat(Inputs.integer("40.5")).isNull();
        assertThat(Inputs.integer(Double.NaN)).isNull();
        assertThat(Inputs.integer("vierzig")).isNull();
    }
}
