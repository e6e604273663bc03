package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProposalValidatorTest {

    static final Map<String, Member> MEMBERS = Stream.of(
            new Member("kaarst", "Stadt Kaarst", MemberKind.STADT, 43500, "k@example.org", true),
            new Member("dormagen", "Stadt Dormagen", MemberKind.STADT, 65000, "d@example.org", true),
            new Member("meerbusch", "Stadt Meerbusch", MemberKind.STADT, 56000, "m@example.org", true),
            new Member("juechen", "Stadt Jüchen", MemberKind.STADT, 23700, "j@example.org", false),
            new Member("energieagentur", "EnergieAgentur.NRW", MemberKind.PARTNER, null, "e@example.org", true))
            .collect(Collectors.toMap(Member::getId, Function.identity()));

    final ProposalValidator validator = new ProposalValidator(MEMBERS);

    static Map<String, Object> climateWeek() {
        var input = new HashMap<String, Object>();
        input.put(Proposal.TITLE, "  Gemeinsame Klimawoche 2027 ");
        input.put(Proposal.SUMMARY, "Eine Woche mit Aktionen in allen beteiligten Kommunen.");
        input.put(Proposal.CATEGORY, "AWARENESS");
        input.put(Proposal.SDGS, List.of(13, 11));
        input.put(Proposal.ESTIMATED_COST_EUR, 12000.5);
        input.put(Proposal.ESTIMATED_STAFF_DAYS, 20);
        input.put(Proposal.CO2_SAVINGS, "15");
        input.put(Proposal.COST_SPLIT, "POPULATION");
        input.put(Proposal.PLANNED_START, "01.03.2027");
        input.put(Proposal.PLANNED_END, "2027-09-30");
        input.put(Proposal.INVITED_MEMBERS, List.of("dormagen", "meerbusch"));
        return input;
    }

    static Map<String, Object> climateWeekWith(String field, Object value) {
        var input = climateWeek();
        input.put(field, value);
        return input;
    }

    private Map<String, String> errorsOf(Map<String, Object> input) {
        var result = validator.validate(input, "kaarst");
        assertThat(result.isValid()).isFalse();
        assertThat(result.proposal()).isNull();
        return result.errors();
    }

    @Test
    void shouldAcceptAValidProposal() {
        var result = validator.validate(climateWeek(), "kaarst");

        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        Proposal proposal = result.proposal();
        assertThat(proposal.title()).isEqualTo("Gemeinsame Klimawoche 2027");
        assertThat(proposal.category()).isEqualTo(MeasureCategory.AWARENESS);
        assertThat(proposal.sdgs()).containsExactly(11, 13);
        assertThat(proposal.estimatedCostEur()).isEqualTo(new BigDecimal("12000.50"));
        assertThat(proposal.estimatedStaffDays()).isEqualTo(new BigDecimal("20.0"));
        assertThat(proposal.co2SavingsTonnesPerYear()).isEqualTo(new BigDecimal("15.00"));
        assertThat(proposal.costSplit()).isEqualTo(CostSplit.POPULATION);
        assertThat(proposal.plannedStart()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(proposal.plannedEnd()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(proposal.invitedMembers()).containsExactly("dormagen", "meerbusch");
    }

    @Test
    void shouldSplitEquallyWhenNoSplitIsGiven() {
        var input = climateWeek();
        input.remove(Proposal.COST_SPLIT);
        assertThat(validator.validate(input, "kaarst").proposal().costSplit()).isEqualTo(CostSplit.EQUAL);
        assertThat(validator.validate(climateWeekWith(Proposal.COST_SPLIT, " "), "kaarst").proposal().costSplit())
                .isEqualTo(CostSplit.EQUAL);
    }

    @Test
    void shouldAcceptAProposalWithoutCo2Savings() {
        var input = climateWeek();
        input.remove(Proposal.CO2_SAVINGS);
        var result = validator.validate(input, "kaarst");
        assertThat(result.isValid()).isTrue();
        assertThat(result.proposal().co2SavingsTonnesPerYear()).isNull();
    }

    @Test
    void shouldTakeHowTheCo2SavingsWereDeterminedTheirLifetimeAndTheEeaArea() {
        var input = climateWeek();
        input.put(Proposal.CO2_METHOD, "  BISKO-konform ");
        input.put(Proposal.CO2_LIFETIME_YEARS, 20);
        input.put(Proposal.EEA_FIELD, "4");

        var co2 = validator.validate(input, "kaarst").proposal().co2();

        assertThat(co2).isEqualTo(new Proposal.Co2("BISKO-konform", 20, 4));
        assertThat(EeaField.label(co2.eeaField())).isEqualTo("4 – Mobilität");
        assertThat(validator.validate(climateWeek(), "kaarst").proposal().co2()).isEqualTo(Proposal.Co2.NONE);
    }

    @Test
    void shouldRefuseALifetimeOutsideOneToFiftyYearsAndAnUnknownEeaArea() {
        String lifetime = "Bitte geben Sie die Wirkungsdauer als ganze Zahl von 1 bis 50 Jahren an.";
        for (Object bad : List.of(0, 51, "2,5", "lange")) {
            assertThat(errorsOf(climateWeekWith(Proposal.CO2_LIFETIME_YEARS, bad))).as("%s", bad)
                    .containsExactly(entry("co2LifetimeYears", lifetime));
        }
        assertThat(validator.validate(climateWeekWith(Proposal.CO2_LIFETIME_YEARS, "50"), "kaarst").proposal().co2()
                .lifetimeYears()).isEqualTo(50);
        assertThat(errorsOf(climateWeekWith(Proposal.EEA_FIELD, "7"))).containsExactly(
                entry("eeaField", "Bitte wählen Sie einen Maßnahmenbereich des European Energy Award aus der Liste."));
        assertThat(errorsOf(climateWeekWith(Proposal.CO2_METHOD, "x".repeat(201)))).containsExactly(
                entry("co2Method", "Die Angabe, wie die CO2-Einsparung ermittelt wurde, darf höchstens 200 Zeichen "
                        + "lang sein."));
    }

    @Test
    void shouldRefuseAProposalWithoutTitle() {
        var input = climateWeek();
        input.remove(Proposal.TITLE);
        assertThat(errorsOf(input)).containsExactly(entry("title", "Bitte geben Sie einen Titel an."));
        assertThat(errorsOf(climateWeekWith(Proposal.TITLE, "   "))).containsExactly(
                entry("title", "Bitte geben Sie einen Titel an."));
    }

    @Test
    void shouldRefuseATitleShorterThanFiveCharacters() {
        assertThat(errorsOf(climateWeekWith(Proposal.TITLE, " Kurz "))).containsExactly(
                entry("title", "Der Titel muss 5 bis 200 Zeichen lang sein (jetzt: 4)."));
    }

    @Test
    void shouldRefuseATitleOver200Characters() {
        assertThat(errorsOf(climateWeekWith(Proposal.TITLE, "T".repeat(201)))).containsExactly(
                entry("title", "Der Titel muss 5 bis 200 Zeichen lang sein (jetzt: 201)."));
        assertThat(validator.validate(climateWeekWith(Proposal.TITLE, "T".repeat(200)), "kaarst").isValid()).isTrue();
    }

    @Test
    void shouldRefuseASummaryOver10000Characters() {
        assertThat(errorsOf(climateWeekWith(Proposal.SUMMARY, "s".repeat(10_001)))).containsExactly(
                entry("summary", "Die Kurzbeschreibung darf höchstens 10.000 Zeichen lang sein."));
    }

    @Test
    void shouldRefuseAnUnknownCategory() {
        assertThat(errorsOf(climateWeekWith(Proposal.CATEGORY, "KLIMA"))).containsExactly(entry("category",
                "Unbekannter Wert „KLIMA“. Erlaubt sind: ENERGY, MOBILITY, BUILDINGS, ADAPTATION, AWARENESS, EVENT, "
                        + "PUBLICATION, OTHER."));
    }

    @ParameterizedTest(name = "SDG {0}")
    @ValueSource(ints = {0, 18, -1})
    void shouldRefuseAnSdgOutsideOneToSeventeen(int sdg) {
        assertThat(errorsOf(climateWeekWith(Proposal.SDGS, List.of(13, sdg)))).containsExactly(
                entry("sdgs", "Die SDGs müssen Zahlen von 1 bis 17 sein; „" + sdg + "“ ist keine gültige Angabe."));
    }

    @Test
    void shouldAcceptTheFirstAndTheLastSdg() {
        assertThat(validator.validate(climateWeekWith(Proposal.SDGS, List.of(1, 17)), "kaarst").proposal().sdgs())
                .isEqualTo(Set.of(1, 17));
    }

    @Test
    void shouldRefuseADuplicateSdg() {
        assertThat(errorsOf(climateWeekWith(Proposal.SDGS, List.of(13, 11, 13)))).containsExactly(
                entry("sdgs", "SDG 13 ist doppelt angegeben."));
    }

    @Test
    void shouldRequireAtLeastOneSdgGivenAsAList() {
        assertThat(errorsOf(climateWeekWith(Proposal.SDGS, List.of()))).containsExactly(
                entry("sdgs", "Bitte wählen Sie mindestens ein Nachhaltigkeitsziel (SDG 1–17)."));
        assertThat(errorsOf(climateWeekWith(Proposal.SDGS, "13"))).containsExactly(
                entry("sdgs", "Die SDGs müssen als Liste von Zahlen von 1 bis 17 angegeben werden."));
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        var errors = errorsOf(climateWeekWith(Proposal.PLANNED_END, "28.02.2027"));

        assertThat(errors).containsOnlyKeys("plannedEnd");
        assertThat(errors.get("plannedEnd")).isEqualTo(
                "Das geplante Ende (28.02.2027) darf nicht vor dem Beginn (01.03.2027) liegen.");
    }

    @Test
    void shouldAcceptAMeasureOfOneDay() {
        var input = climateWeekWith(Proposal.PLANNED_END, "2027-03-01");
        assertThat(validator.validate(input, "kaarst").isValid()).isTrue();
    }

    @Test
    void shouldRefuseADateThatDoesNotExist() {
        assertThat(errorsOf(climateWeekWith(Proposal.PLANNED_START, "31.02.2027"))).containsExactly(entry(
                "plannedStart", "Bitte geben Sie für den geplanten Beginn ein gültiges Datum an (TT.MM.JJJJ oder JJJJ-MM-TT)."));
    }

    @Test
    void shouldRefuseNegativeAndTooPreciseCosts() {
        assertThat(errorsOf(climateWeekWith(Proposal.ESTIMATED_COST_EUR, -1))).containsExactly(
                entry("estimatedCostEur", "Bitte geben Sie für die geschätzten Kosten in Euro keinen negativen Wert an."));
        assertThat(errorsOf(climateWeekWith(Proposal.ESTIMATED_COST_EUR, "12000.505"))).containsExactly(
                entry("estimatedCostEur", "Bitte geben Sie für die geschätzten Kosten in Euro höchstens 2 Nachkommastellen an."));
        assertThat(errorsOf(climateWeekWith(Proposal.ESTIMATED_COST_EUR, "1000000000.01"))).containsExactly(
                entry("estimatedCostEur",
                        "Der Wert für die geschätzten Kosten in Euro ist unrealistisch hoch (höchstens 1.000.000.000)."));
    }

    @Test
    void shouldRefuseAnUnknownInvitedMember() {
        assertThat(errorsOf(climateWeekWith(Proposal.INVITED_MEMBERS, List.of("dormagen", "hamburg"))))
                .containsExactly(entry("invitedMembers", "Unbekanntes Mitglied „hamburg“."));
    }

    @Test
    void shouldRefuseToInviteThePartnerAnInactiveMemberOrAMemberTwice() {
        assertThat(errorsOf(climateWeekWith(Proposal.INVITED_MEMBERS,
                List.of("energieagentur", "juechen", "dormagen", "dormagen")))).containsExactly(entry("invitedMembers",
                        "Die EnergieAgentur.NRW ist strategischer Partner und zeichnet nicht mit. Die Stadt Jüchen ist "
                                + "derzeit kein aktives Mitglied. Die Stadt Dormagen ist doppelt eingeladen."));
    }

    @Test
    void shouldRequireAnotherMemberBesidesTheLead() {
        assertThat(errorsOf(climateWeekWith(Proposal.INVITED_MEMBERS, List.of("kaarst")))).containsExactly(
                entry("invitedMembers",
                        "Bitte laden Sie mindestens eine weitere Kommune außer Ihrer eigenen zur Mitzeichnung ein."));
        var input = climateWeek();
        input.remove(Proposal.INVITED_MEMBERS);
        assertThat(errorsOf(input)).containsExactly(
                entry("invitedMembers", "Bitte laden Sie mindestens eine weitere Kommune zur Mitzeichnung ein."));
        assertThat(errorsOf(climateWeekWith(Proposal.INVITED_MEMBERS, "dormagen"))).containsExactly(
                entry("invitedMembers", "Die eingeladenen Mitglieder müssen als Liste von Kennungen angegeben werden."));
    }

    @Test
    void shouldLeaveTheLeadOutOfTheInvitedMembers() {
        var input = climateWeekWith(Proposal.INVITED_MEMBERS, List.of("kaarst", "dormagen"));
        assertThat(validator.validate(input, "kaarst").proposal().invitedMembers()).containsExactly("dormagen");
    }

    @Test
    void shouldReportEveryInvalidFieldAtOnce() {
        var errors = errorsOf(Map.of());

        assertThat(errors).containsOnlyKeys("title", "summary", "category", "sdgs", "estimatedCostEur",
                "estimatedStaffDays", "plannedStart", "plannedEnd", "invitedMembers");
        assertThat(errors.get("category")).isEqualTo("Bitte wählen Sie ein Handlungsfeld.");
        assertThat(errors.get("estimatedStaffDays")).isEqualTo("Bitte geben Sie die geschätzten Personentage an.");
        assertThat(errors.get("plannedStart")).isEqualTo("Bitte geben Sie den geplanten Beginn an.");
    }
}
