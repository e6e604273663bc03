package de.akn.workflow.member;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.MemberKind;
import org.junit.jupiter.api.Test;

/** The articles before a member's name as a German administration writes them. */
class GermanNameTest {

    private final GermanName kaarst = new GermanName(MemberKind.STADT, "Stadt Kaarst");
    private final GermanName kreis = new GermanName(MemberKind.KREIS, "Rhein-Kreis Neuss");
    private final GermanName partner = new GermanName(MemberKind.PARTNER, "EnergieAgentur.NRW");

    @Test
    void shouldPutTheArticleOfEachCaseBeforeATown() {
        assertThat(kaarst.nominative(true)).isEqualTo("Die Stadt Kaarst");
        assertThat(kaarst.nominative(false)).isEqualTo("die Stadt Kaarst");
        assertThat(kaarst.accusative()).isEqualTo("die Stadt Kaarst");
        assertThat(kaarst.genitive()).isEqualTo("der Stadt Kaarst");
        assertThat(kaarst.dative(false)).isEqualTo("der Stadt Kaarst");
        assertThat(kaarst.afterVon()).isEqualTo("von der Stadt Kaarst");
    }

    @Test
    void shouldDeclineTheKreisAndContractVonDem() {
        assertThat(kreis.nominative(true)).isEqualTo("Der Rhein-Kreis Neuss");
        assertThat(kreis.accusative()).isEqualTo("den Rhein-Kreis Neuss");
        assertThat(kreis.genitive()).isEqualTo("des Rhein-Kreises Neuss");
        assertThat(kreis.dative(true)).isEqualTo("Dem Rhein-Kreis Neuss");
        assertThat(kreis.afterVon()).isEqualTo("vom Rhein-Kreis Neuss");
    }

    @Test
    void shouldTreatThePartnerAsFeminine() {
        assertThat(partner.nominative(false)).isEqualTo("die EnergieAgentur.NRW");
        assertThat(partner.genitive()).isEqualTo("der EnergieAgentur.NRW");
    }

    @Test
    void shouldGiveTheSameNamesThroughTheMember() {
        var member = new Member("kaarst", "Stadt Kaarst", MemberKind.STADT, 43_000, null, true);
        assertThat(member.genitive()).isEqualTo(kaarst.genitive());
        assertThat(member.afterVon()).isEqualTo("von der Stadt Kaarst");
        assertThat(member.bankDetails()).isEqualTo(BankDetails.NONE);
    }
}
