package de.akn.workflow.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages for a town that applies and for changes to a member: German in the Sie form. */
class NewMemberTest {

    @Test
    void shouldAskForEveryMissingFieldInTheSieForm() {
        var problem = catchThrowableOfType(ValidationProblem.class, () -> NewMember.read(
                Map.of("kind", "STADT", "email", "keine-adresse"), ""));

        assertThat(problem.errors()).contains(
                entry("id", "Bitte geben Sie eine Kennung an (z. B. neuss)."),
                entry("name", "Bitte geben Sie den Namen an (z. B. Stadt Neuss)."),
                entry("population", "Bitte geben Sie die Einwohnerzahl an."),
                entry("email", "Bitte geben Sie eine gültige E-Mail-Adresse an (z. B. klimaschutz@stadt.de)."));
        assertThat(problem.errors().values()).noneMatch(message -> message.endsWith("angeben."));
    }

    @Test
    void shouldExplainAnInvalidIdAKindThatCannotJoinAndATakenId() {
        var problem = catchThrowableOfType(ValidationProblem.class, () -> NewMember.read(
                Map.of("id", "1x", "name", "Rhein-Kreis Neuss", "kind", "KREIS", "population", "0"), ""));

        assertThat(problem.errors()).containsOnly(
                entry("id", "Die Kennung besteht aus 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen und beginnt "
                        + "mit einem Buchstaben (z. B. neuss)."),
                entry("kind", "Beitreten kann nur eine Stadt oder eine Gemeinde."),
                entry("population", "Die Einwohnerzahl muss eine ganze Zahl zwischen 1 und 10.000.000 sein."));
        var neuss = NewMember.read(Map.of("id", "neuss", "name", "Stadt Neuss", "kind", "STADT", "population", 150000),
                "");
        assertThat(catchThrowableOfType(ValidationProblem.class, () -> neuss.validate("neuss"::equals)))
                .hasMessageContaining("Ein Mitglied mit der Kennung „neuss“ gibt es bereits.");
    }

    @Test
    void shouldAskForTheOparlAddressInTheSieForm() {
        var kaarst = new Member("kaarst", "Stadt Kaarst", MemberKind.STADT, 43500, null, true);
        var changes = new MemberChanges(" ", null, null, " ", "ftp://ris.example.org");

        var problem = catchThrowableOfType(ValidationProblem.class, () -> changes.validate(kaarst));

        assertThat(problem.errors()).containsOnly(
                entry("name", "Der Name darf nicht leer sein."),
                entry("councilBody", "Kreis, Städte und Gemeinden brauchen ein Beschlussgremium (z. B. Rat der Stadt Kaarst)."),
                entry("oparlBody", "Bitte geben Sie die Adresse des OParl-Body als http- oder https-Adresse an."));
        assertThat(problem.errors().get("oparlBody")).doesNotContain("angeben");
    }

    @Test
    void shouldNameATownAfterVonWithItsArticleAndContractVomForTheKreis() {
        var kaarst = new Member("kaarst", "Stadt Kaarst", MemberKind.STADT, 43500, null, true);
        var kreis = new Member("rkn", "Rhein-Kreis Neuss", MemberKind.KREIS, 450000, null, true);

        assertThat(kaarst.afterVon()).isEqualTo("von der Stadt Kaarst");
        assertThat(kreis.afterVon()).isEqualTo("vom Rhein-Kreis Neuss").doesNotContain("von dem");
        assertThat(kreis.accusative()).isEqualTo("den Rhein-Kreis Neuss");
    }
}
