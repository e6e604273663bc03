package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderTokensTest {

    private final ProviderTokens tokens = new ProviderTokens(new OidcProperties("https://login.example/realms/akn",
            "akn", "secret", "groups", "preferred_username", false));

    @Test
    void groupsComeAsAListAStringOrGroupPaths() {
        assertThat(ProviderTokens.groups(List.of("member-kaarst", "climate-managers"))).containsExactly("member-kaarst",
                "climate-managers");
        assertThat(ProviderTokens.groups("member-kaarst climate-managers")).containsExactly("member-kaarst",
                "climate-managers");
        // Keycloak's "full group path"
        assertThat(ProviderTokens.groups(List.of("/akn/member-kaarst", "/coordinator"))).containsExactly("member-kaarst",
                "coordinator");
        assertThat(ProviderTokens.groups(null)).isEmpty();
        assertThat(ProviderTokens.groups(42)).isEmpty();
    }

    @Test
    void aPersonIsReadFromTheConfiguredClaims() {
        var issued = Instant.parse("2026-12-01T08:00:00Z");
        var person = tokens.person(Map.of("preferred_username", "km-kaarst", "given_name", "Kim", "family_name",
                "Muster", "email", "kim.muster@kaarst.example", "groups", List.of("member-kaarst")), issued);
        assertThat(person.userId()).isEqualTo("km-kaarst");
        assertThat(person.email()).isEqualTo("kim.muster@kaarst.example");
        assertThat(person.groups()).containsExactly("member-kaarst");
        assertThat(person.issuedAt()).isEqualTo(issued);
        // two tokens of one person issued at different times carry the same claims
        assertThat(person.claims()).isEqualTo(tokens.person(Map.of("preferred_username", "km-kaarst", "given_name",
                "Kim", "family_name", "Muster", "email", "kim.muster@kaarst.example", "groups",
                List.of("member-kaarst")), issued.plusSeconds(60)).claims());
    }

    @Test
    void eachGroupIsAnAuthorityAndARole() {
        assertThat(ProviderTokens.authorities(List.of("coordinator")).stream().map(a -> a.getAuthority()))
                .containsExactly("coordinator", "ROLE_coordinator");
    }
}
