package de.akn.testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server) on loopback, in a Spring context of
 * its own (outside the application's packages, with only the auto-configuration a web server needs). People
 * log in at its login page (authorization code, the webapps); the API tests get real signed tokens by the
 * client credentials grant of the client {@code akn-tests}, naming the person with the request parameter
 * {@code user} — and with {@code variant} a token the application must refuse (expired, not yet valid, for
 * another audience). A person's groups are the provider's, like the group claim mapper of a Keycloak realm.
 */
public final class TestOidcProvider implements AutoCloseable {

    /** The application's client at the provider. */
    public static final String CLIENT_ID = "akn";
    public static final String CLIENT_SECRET = "akn-secret";
    /** The client the tests fetch API tokens with. */
    public static final String TEST_CLIENT_ID = "akn-tests";
    public static final String TEST_CLIENT_SECRET = "akn-tests-secret";
    public static final String PASSWORD = "Passwort-der-Verwaltung-1";

    /** The persons the provider knows and their groups (as the demo users of the application have them). */
    static final Map<String, List<String>> PEOPLE = new LinkedHashMap<>();

    static {
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            PEOPLE.put("km-" + town, List.of("climate-managers", "member-" + town));
        }
        PEOPLE.put("coordinator", List.of("coordinator"));
        PEOPLE.put("ea-nrw", List.of("partner-energieagentur"));
        PEOPLE.put("admin", List.of("camunda-admin"));
        // persons the application does not know yet (one with a group it does not know)
        PEOPLE.put("neu-kaarst", List.of("climate-managers", "member-kaarst", "intranet-redaktion"));
        PEOPLE.put("neu-meerbusch", List.of("climate-managers", "member-meerbusch"));
        // a person of the Kreis' directory in none of the alliance's groups
        PEOPLE.put("fremd", List.of("intranet-redaktion"));
    }

    /** Base addresses of the applications that may log in here (redirect and post-logout addresses). */
    static final java.util.Set<String> APPLICATIONS = new java.util.concurrent.CopyOnWriteArraySet<>(
            List.of("http://127.0.0.1"));

    private final int port;
    private ConfigurableApplicationContext context;

    private TestOidcProvider(int port) {
        this.port = port;
    }

    /** A provider on a free port, started. */
    public static TestOidcProvider start() {
        var provider = new TestOidcProvider(freePort());
        provider.startAgain();
        return provider;
    }

    /** A provider whose port is chosen but which is not started yet (the application starts without it). */
    public static TestOidcProvider notStarted() {
        return new TestOidcProvider(freePort());
    }

    /** Starts (or restarts) the provider on its port; keys and sessions are new. */
    public void startAgain() {
        context = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                .properties("spring.config.name=akn-test-idp", "server.port=" + port, "server.address=127.0.0.1",
                        // the application runs on the same host: the provider's session cookie must not replace its
                        "server.servlet.session.cookie.name=IDPSESSION", "akn.idp.issuer=" + issuer(),
                        "spring.main.banner-mode=off")
                .run();
    }

    /** Lets an application at this base address (e.g. {@code http://127.0.0.1:8080}) log in here. */
    public TestOidcProvider allowApplication(String baseUrl) {
        APPLICATIONS.add(baseUrl);
        return this;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** Groups of a person, e.g. to change them between two logins. */
    public static void groups(String user, List<String> groups) {
        PEOPLE.put(user, List.copyOf(groups));
    }

    /** A token for the person from the provider's token endpoint; {@code variant} null for a good one. */
    public String token(String user, String variant) {
        String form = "grant_type=client_credentials&scope=api&user=" + user + (variant == null ? "" : "&variant=" + variant);
        String basic = Base64.getEncoder().encodeToString((TEST_CLIENT_ID + ":" + TEST_CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String token(String user) {
        return token(user, null);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            var users = new InMemoryUserDetailsManager();
            PEOPLE.forEach((name, groups) -> users.createUser(User.withUsername(name).password("{noop}" + PASSWORD)
                    .authorities(groups.toArray(String[]::new)).build()));
            return users;
        }

        @Bean
        RegisteredClientRepository clients() {
            var tests = RegisteredClient.withId("akn-tests").clientId(TEST_CLIENT_ID)
                    .clientSecret("{noop}" + TEST_CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope("api")
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
                    .build();
            // the application's client, built on each look-up: the application's address is known only once
            // it runs (allowApplication)
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // the clients are fixed (the provider offers to re-encode their secrets)
                }

                @Override
                public RegisteredClient findById(String id) {
                    return "akn".equals(id) ? application() : "akn-tests".equals(id) ? tests : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? application() : TEST_CLIENT_ID.equals(clientId) ? tests : null;
                }
            };
        }

        private static RegisteredClient application() {
            return RegisteredClient.withId("akn").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> APPLICATIONS.forEach(base -> uris.add(base + "/login/oauth2/code/akn")))
                    .postLogoutRedirectUris(uris -> APPLICATIONS.forEach(base -> uris.add(base + "/")))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's own user info endpoint, which takes the access token. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration
                    .OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings(Environment environment) {
            return AuthorizationServerSettings.builder().issuer(environment.getProperty("akn.idp.issuer")).build();
        }

        /** The person's id, name, e-mail and groups in the ID token and the access token, as a realm's mappers do. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                String user;
                String variant = null;
                List<String> groups;
                if (context.getAuthorizationGrant() instanceof OAuth2ClientCredentialsAuthenticationToken credentials) {
                    user = String.valueOf(credentials.getAdditionalParameters().get("user"));
                    Object v = credentials.getAdditionalParameters().get("variant");
                    variant = v == null ? null : v.toString();
                    groups = PEOPLE.getOrDefault(user, List.of());
                } else {
                    user = context.getPrincipal().getName();
                    groups = PEOPLE.getOrDefault(user, context.getPrincipal().getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority).toList());
                }
                boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
                var claims = context.getClaims();
                claims.subject(user).claim("preferred_username", user).claim("email", user + "@example.org")
                        .claim("given_name", "Vorname").claim("family_name", user).claim("groups", groups);
                if (!idToken && OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    claims.audience(List.of("other".equals(variant) ? "another-application" : CLIENT_ID));
                }
                Instant now = Instant.now();
                if ("expired".equals(variant)) {
                    claims.issuedAt(now.minus(Duration.ofHours(2))).notBefore(now.minus(Duration.ofHours(2)))
                            .expiresAt(now.minus(Duration.ofHours(1)));
                } else if ("not-yet-valid".equals(variant)) {
                    claims.notBefore(now.plus(Duration.ofHours(1)));
                } else if ("id-token".equals(variant)) {
                    // what an ID token carries: it must not open the APIs
                    claims.claim("nonce", "n-0S6_WzA2Mj");
                }
            };
        }
    }
}
