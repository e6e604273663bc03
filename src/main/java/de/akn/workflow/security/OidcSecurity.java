package de.akn.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Texts;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Single sign-on (profile {@code oidc}, {@code alliance.oidc.*}): the webapps log in through the provider
 * (authorization code) and hand the person to Camunda by container-based authentication; {@code /api} and
 * {@code /engine-rest} accept the provider's JWTs as bearer tokens. Every login and token creates or updates the
 * person in the identity service ({@link JustInTimeUsers}). The provider may be down at start-up: its discovery
 * document and keys are read on first use, and until then logins answer 503.
 */
@Configuration
@Profile("oidc")
@EnableConfigurationProperties(OidcProperties.class)
class OidcSecurity {

    private final OidcProperties properties;
    private final JustInTimeUsers users;
    private final ProviderRegistrations registrations;

    OidcSecurity(OidcProperties properties, JustInTimeUsers users) {
        this.properties = properties;
        this.users = users;
        this.registrations = new ProviderRegistrations(properties);
    }

    @Bean
    ProviderRegistrations clientRegistrationRepository() {
        return registrations;
    }

    /** Whether people may still log in to the APIs with a Camunda password. */
    boolean basicAuth() {
        return properties.basicAuth();
    }

    /** Bearer JWTs on the API chain; German 401 for a bad token, 503 while the provider's keys cannot be read. */
    void configureApi(HttpSecurity http, ProblemAuthenticationEntryPoint problems, ObjectMapper json)
            throws Exception {
        var bearerProblems = problems.forBearerTokens();
        http.oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.decoder(jwtDecoder()).jwtAuthenticationConverter(this::authentication))
                .authenticationEntryPoint(bearerProblems)
                .accessDeniedHandler(problems)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler((request, response, e) -> {
                            if (e instanceof AuthenticationServiceException) {
                                unavailable(request, response, json);
                            } else {
                                bearerProblems.commence(request, response, e);
                            }
                        });
                        return filter;
                    }
                }));
    }

    /** The webapps behind the provider's login; the public site stays open. */
    void configureWebapps(HttpSecurity http, String webappPath, ObjectMapper json) throws Exception {
        RequestMatcher webapps = new OrRequestMatcher(new AntPathRequestMatcher(webappPath + "/app/**"),
                new AntPathRequestMatcher(webappPath + "/api/**"));
        var toProvider = new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        var entryPoint = new DelegatingAuthenticationEntryPoint(new java.util.LinkedHashMap<>(Map.of(
                new AntPathRequestMatcher(webappPath + "/api/**"),
                (request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))));
        entryPoint.setDefaultEntryPoint(toProvider);
        var logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(webapps).authenticated().anyRequest().permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(oidcUserService())))
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/logout"),
                                new AntPathRequestMatcher(webappPath + "/api/admin/auth/user/*/logout")))
                        .logoutSuccessHandler(logoutSuccess))
                .addFilterBefore(new ProviderAvailability(json),
                        org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** Camunda's container-based authentication: the webapps take the person Spring Security logged in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthentication(
            @org.springframework.beans.factory.annotation.Value("${camunda.bpm.webapp.application-path:/camunda}")
            String webappPath) {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Container Based Authentication Filter");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        // after Spring Security's filter chain, which has put the person into the request
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    JwtDecoder jwtDecoder() {
        var decoder = new SupplierJwtDecoder(() -> {
            var nimbus = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
            OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.contains(properties.clientId()));
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience));
            return nimbus;
        });
        return token -> {
            try {
                return decoder.decode(token);
            } catch (BadJwtException bad) {
                throw bad;
            } catch (RuntimeException keysOrDiscovery) {
                // the provider's discovery document or keys cannot be read: not the caller's fault
                throw new ProviderUnavailableException(keysOrDiscovery);
            }
        };
    }

    private JwtAuthenticationToken authentication(Jwt jwt) {
        String userId = jwt.getClaimAsString(properties.userClaim());
        if (userId == null || userId.isBlank()) {
            throw new org.springframework.security.oauth2.server.resource.InvalidBearerTokenException(
                    "token without " + properties.userClaim());
        }
        var groups = users.sync(new JustInTimeUsers.Person(userId, jwt.getClaimAsString("given_name"),
                jwt.getClaimAsString("family_name"), jwt.getClaimAsString("email"),
                claimGroups(jwt.getClaims().get(properties.groupsClaim()))));
        return new JwtAuthenticationToken(jwt, authorities(groups), userId);
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            String userId = user.getClaimAsString(properties.userClaim());
            if (userId == null || userId.isBlank()) {
                throw new org.springframework.security.oauth2.core.OAuth2AuthenticationException(
                        new org.springframework.security.oauth2.core.OAuth2Error("invalid_user_info_response",
                                "no " + properties.userClaim(), null));
            }
            var groups = users.sync(new JustInTimeUsers.Person(userId, user.getGivenName(), user.getFamilyName(),
                    user.getEmail(), claimGroups(user.getClaims().get(properties.groupsClaim()))));
            return new DefaultOidcUser(authorities(groups), user.getIdToken(), user.getUserInfo(),
                    properties.userClaim());
        };
    }

    private static List<String> claimGroups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        return claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
    }

    /** Each group once as it is (our checks, the engine) and once as a role, as with HTTP Basic. */
    private static List<GrantedAuthority> authorities(List<String> groups) {
        return groups.stream().flatMap(g -> Stream.of(g, CamundaIdentityAuthenticationProvider.ROLE_PREFIX + g))
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, ObjectMapper json)
            throws IOException {
        String title = Texts.text("oidc.unavailable.title");
        String detail = Texts.text("oidc.unavailable.detail");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            // a person in a browser, sent here by a webapp page
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
                    + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
            return;
        }
        var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle(title);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A login while the provider cannot be read: a German 503 instead of Spring's 500. */
    private final class ProviderAvailability extends OncePerRequestFilter {

        private final ObjectMapper json;
        private final RequestMatcher logins = new OrRequestMatcher(
                new AntPathRequestMatcher("/oauth2/authorization/**"), new AntPathRequestMatcher("/login/oauth2/code/**"));

        ProviderAvailability(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (logins.matches(request)) {
                try {
                    registrations.registration();
                } catch (ProviderUnavailableException e) {
                    unavailable(request, response, json);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
