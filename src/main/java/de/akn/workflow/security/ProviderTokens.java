package de.akn.workflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The provider's tokens: which are accepted on the APIs, and who and which groups they name.
 * <ul>
 * <li>Signed with a key of the issuer's JWKS (read on first use, with time-outs; after a failure 503 at once for
 * a while), {@code iss} the issuer, {@code aud} naming our client, {@code exp} present and not passed,
 * {@code nbf} passed.</li>
 * <li>Access tokens only: an ID token (it carries a {@code nonce}, or Keycloak's {@code typ} "ID") travels
 * through the browser at logout and must not open the APIs.</li>
 * <li>The person's id from {@code alliance.oidc.user-claim}, groups from {@code .groups-claim}: a list or a
 * string, a group path ({@code /akn/coordinator}) counts by its last part.</li>
 * </ul>
 */
class ProviderTokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OidcProperties properties;
    private final ProviderBackoff backoff = new ProviderBackoff();

    ProviderTokens(OidcProperties properties) {
        this.properties = properties;
    }

    JwtDecoder decoder() {
        var decoder = new SupplierJwtDecoder(() -> {
            var rest = new RestTemplateBuilder().connectTimeout(TIMEOUT).readTimeout(TIMEOUT).build();
            var nimbus = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).restOperations(rest).build();
            OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.contains(properties.clientId()));
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience, ProviderTokens::accessToken));
            return nimbus;
        });
        return token -> {
            backoff.check();
            try {
                return decoder.decode(token);
            } catch (BadJwtException bad) {
                throw bad;
            } catch (RuntimeException keysOrDiscovery) {
                // the provider's discovery document or keys cannot be read: not the caller's fault
                throw backoff.failed(keysOrDiscovery);
            }
        };
    }

    private static OAuth2TokenValidatorResult accessToken(Jwt jwt) {
        boolean idToken = jwt.hasClaim("nonce") || "ID".equals(jwt.getClaimAsString("typ"));
        if (idToken || jwt.getExpiresAt() == null) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    idToken ? "an ID token is no access token" : "no expiry", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    JustInTimeUsers.Person person(Map<String, Object> claims, Instant issuedAt) {
        return new JustInTimeUsers.Person(string(claims.get(properties.userClaim())), string(claims.get("given_name")),
                string(claims.get("family_name")), string(claims.get("email")),
                groups(claims.get(properties.groupsClaim())), issuedAt);
    }

    static List<String> groups(Object claim) {
        Stream<String> values = claim instanceof Collection<?> list
                ? list.stream().filter(v -> v != null).map(Object::toString)
                : claim instanceof String single ? Stream.of(single.split("[ ,]+")) : Stream.empty();
        return values.map(String::trim).map(g -> g.substring(g.lastIndexOf('/') + 1)).filter(g -> !g.isEmpty())
                .distinct().toList();
    }

    /** Each group once as it is (our checks, the engine) and once as a role, as with HTTP Basic. */
    static List<GrantedAuthority> authorities(List<String> groups) {
        return groups.stream().flatMap(g -> Stream.of(g, CamundaIdentityAuthenticationProvider.ROLE_PREFIX + g))
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
