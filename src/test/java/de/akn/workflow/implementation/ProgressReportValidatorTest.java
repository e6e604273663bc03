package de.akn.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressReportValidatorTest {

    static final String PERCENT_INVALID = "Der Fortschritt muss eine ganze Zahl von 0 bis 100 (Prozent) sein.";

    static Map<String, Object> report() {
        var input = new HashMap<String, Object>();
        input.put(ImplementationProcess.PROGRESS_PERCENT, 40);
        input.put(ImplementationProcess.PROGRESS_STATUS, "ON_TRACK");
        input.put(ImplementationProcess.SPENT_EUR, "5000.5");
        input.put(ImplementationProcess.PROGRESS_TEXT, " Zwei von fünf Aktionstagen sind durchgeführt. ");
        return input;
    }

    static Map<String, Object> reportWith(String field, Object value) {
        var input = report();
        input.put(field, value);
        return input;
    }

    static Map<String, String> errorsOf(Map<String, Object> input, Integer previousPercent) {
        return catchThrowableOfType(ValidationProblem.class,
                () -> ProgressReportValidator.validate(input, previousPercent)).errors();
    }

    @Test
    void shouldAcceptAValidReport() {
        ProgressFigures figures = ProgressReportValidator.validate(report(), 30);

        assertThat(figures).isEqualTo(new ProgressFigures(40, ProgressStatus.ON_TRACK, new BigDecimal("5000.50"),
                null, "Zwei von fünf Aktionstagen sind durchgeführt.", null, false));
    }

    @ParameterizedTest(name = "{0} %")
    @ValueSource(ints = {0, 100})
    void shouldAcceptZeroAndHundredPercent(int percent) {
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.PROGRESS_PERCENT, percent), null)
                .progressPercent()).isEqualTo(percent);
    }

    @Test
    void shouldReadPercentSentAsText() {
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.PROGRESS_PERCENT, "75"), null)
                .progressPercent()).isEqualTo(75);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "101", "40.5", "vierzig"})
    void shouldRefusePercentOutsideZeroToHundredOrNotWhole(String percent) {
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_PERCENT, percent), null))
                .containsExactly(entry("progressPercent", PERCENT_INVALID));
    }

    @Test
    void shouldRequirePercent() {
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_PERCENT, " "), null)).containsExactly(
                entry("progressPercent", "Bitte geben Sie den Fortschritt in Prozent an (0 bis 100)."));
    }

    @Test
    void shouldRequireAReasonWhenProgressDecreases() {
        // Given the previous report said 60 %
        assertThat(errorsOf(report(), 60)).containsExactly(entry("percentDecreaseReason",
                "Der Fortschritt (40 %) ist geringer als im letzten Bericht (60 %). Bitte begründen Sie das."));
    }

    @Test
    void shouldKeepTheReasonForADecrease() {
        var input = reportWith(ImplementationProcess.PERCENT_DECREASE_REASON, " Ein Aktionstag fiel aus. ");

        assertThat(ProgressReportValidator.validate(input, 60).percentDecreaseReason())
                .isEqualTo("Ein Aktionstag fiel aus.");
    }

    @Test
    void shouldDropAReasonWhenProgressDoesNotDecrease() {
        var input = reportWith(ImplementationProcess.PERCENT_DECREASE_REASON, "Ein Aktionstag fiel aus.");

        assertThat(ProgressReportValidator.validate(input, 40).percentDecreaseReason()).isNull();
        assertThat(ProgressReportValidator.validate(input, null).percentDecreaseReason()).isNull();
    }

    @Test
    void shouldRefuseAReasonOver4000Characters() {
        var input = reportWith(ImplementationProcess.PERCENT_DECREASE_REASON, "x".repeat(4001));

        assertThat(errorsOf(input, 60)).containsExactly(
                entry("percentDecreaseReason", "Die Begründung darf höchstens 4.000 Zeichen lang sein."));
    }

    @Test
    void shouldRefuseNegativeSpending() {
        assertThat(errorsOf(reportWith(ImplementationProcess.SPENT_EUR, -0.01), null)).containsExactly(entry("spentEur",
                "Bitte geben Sie für die bisher ausgegebenen Mittel (EUR) keinen negativen Wert an."));
        assertThat(errorsOf(reportWith(ImplementationProcess.CO2_SAVED_TONNES, "-3"), null)).containsExactly(
                entry("co2SavedTonnes", "Bitte geben Sie für die bisher eingesparten Tonnen CO2-Äquivalente keinen negativen Wert an."));
    }

    @Test
    void shouldRequireSpending() {
        assertThat(errorsOf(reportWith(ImplementationProcess.SPENT_EUR, null), null)).containsExactly(
                entry("spentEur", "Bitte geben Sie die bisher ausgegebenen Mittel (EUR) an."));
    }

    @Test
    void shouldRefuseAnEmptyText() {
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_TEXT, "   "), null)).containsExactly(entry(
                "progressText", "Bitte beschreiben Sie kurz, was seit dem letzten Bericht geschehen ist."));
    }

    @Test
    void shouldRefuseATextOver4000Characters() {
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_TEXT, "x".repeat(4001)), null)).containsExactly(
                entry("progressText", "Der Bericht darf höchstens 4.000 Zeichen lang sein."));
    }

    @Test
    void shouldRefuseAnUnknownStatus() {
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_STATUS, "SUPER"), null)).containsExactly(
                entry("progressStatus", "Unbekannter Wert „SUPER“. Erlaubt sind: ON_TRACK, DELAYED, AT_RISK."));
        assertThat(errorsOf(reportWith(ImplementationProcess.PROGRESS_STATUS, null), null)).containsExactly(
                entry("progressStatus", "Bitte geben Sie den Umsetzungsstand an: im Plan, verzögert oder gefährdet."));
    }

    @Test
    void shouldReadTheFinalReportFlagFromABooleanOrText() {
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.FINAL_REPORT, true), null)
                .finalReport()).isTrue();
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.FINAL_REPORT, "TRUE"), null)
                .finalReport()).isTrue();
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.FINAL_REPORT, "false"), null)
                .finalReport()).isFalse();
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.FINAL_REPORT, "ja"), null)
                .finalReport()).isTrue();
        assertThat(ProgressReportValidator.validate(reportWith(ImplementationProcess.FINAL_REPORT, "Nein"), null)
                .finalReport()).isFalse();
    }

    @Test
    void shouldRefuseAFinalReportFlagThatIsNeitherTrueNorFalse() {
        assertThat(errorsOf(reportWith(ImplementationProcess.FINAL_REPORT, "vielleicht"), null)).containsExactly(
                entry("finalReport", "Bitte geben Sie an, ob dies der Abschlussbericht ist (ja oder nein)."));
    }

    @Test
    void shouldReportEveryInvalidFieldAtOnce() {
        assertThat(errorsOf(Map.of(), null)).containsOnlyKeys("progressPercent", "progressStatus", "spentEur",
                "progressText");
    }
}
