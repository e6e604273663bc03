package de.akn.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * Single sign-on (profile {@code oidc}, {@code alliance.oidc.*}): the webapps log in through the provider
 * (authorization code) and hand the person to Camunda by container-based authentication; {@code /api} and
 * {@code /engine-rest} accept the provider's access tokens as bearer tokens ({@link ProviderTokens}). Every
 * login and token creates or updates the person in the identity service ({@link JustInTimeUsers}); a person in
 * none of the alliance's groups is refused. The provider may be down at start-up: its discovery document and
 * keys are read on first use, and until then logins answer 503.
 */
@Configuration
@Profile("oidc")
@EnableConfigurationProperties(OidcProperties.class)
class OidcSecurity {

    private final OidcProperties properties;
    private final JustInTimeUsers users;
    private final ProviderRegistrations registrations;
    private final ProviderTokens tokens;
    private final SignOnProblems problems;

    OidcSecurity(OidcProperties properties, JustInTimeUsers users, ObjectMapper json, ITemplateEngine templates) {
        this.properties = properties;
        this.users = users;
        this.registrations = new ProviderRegistrations(properties);
        this.tokens = new ProviderTokens(properties);
        this.problems = new SignOnProblems(json, templates);
    }

    @Bean
    ProviderRegistrations clientRegistrationRepository() {
        return registrations;
    }

    /** Whether people may still log in to the APIs with a Camunda password. */
    boolean basicAuth() {
        return properties.basicAuth();
    }

    /**
     * Bearer tokens on the API chain: German 401 for a bad token, 503 while the provider's keys cannot be read; a
     * person in none of the alliance's groups is authenticated without groups, which no rule lets pass (403).
     */
    void configureApi(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        var bearerProblems = entryPoint.forBearerTokens();
        http.oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(this::authentication))
                .authenticationEntryPoint(bearerProblems)
                .accessDeniedHandler(entryPoint)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler((request, response, e) -> {
                            if (e instanceof AuthenticationServiceException) {
                                problems.providerUnavailable(request, response);
                            } else {
                                bearerProblems.commence(request, response, e);
                            }
                        });
                        return filter;
                    }
                }));
    }

    /** Any request of the API chain needs one of the alliance's groups (a person the provider knows is not enough). */
    static boolean hasAllianceGroup(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> !a.getAuthority().startsWith(CamundaIdentityAuthenticationProvider.ROLE_PREFIX));
    }

    /** The webapps behind the provider's login; the public site stays open. */
    void configureWebapps(HttpSecurity http, String webappPath) throws Exception {
        RequestMatcher webapps = new OrRequestMatcher(new AntPathRequestMatcher(webappPath + "/app/**"),
                new AntPathRequestMatcher(webappPath + "/api/**"));
        // Camunda's own password login and initial set-up would let a session hold another (local) user
        RequestMatcher passwordLogin = new OrRequestMatcher(
                new AntPathRequestMatcher(webappPath + "/api/admin/auth/user/*/login/**"),
                new AntPathRequestMatcher(webappPath + "/api/admin/setup/**"));
        var entryPoint = new DelegatingAuthenticationEntryPoint(new LinkedHashMap<>(Map.of(
                new AntPathRequestMatcher(webappPath + "/api/**"),
                (request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))));
        entryPoint.setDefaultEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + OidcProperties.REGISTRATION_ID));
        var logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(passwordLogin).denyAll()
                        .requestMatchers(webapps).authenticated().anyRequest().permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(oidcUserService()))
                        .failureHandler((request, response, e) -> problems.loginRefused(request, response)))
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
                                ownPages("/logout"), ownPages(webappPath + "/api/admin/auth/user/*/logout")))
                        .logoutSuccessHandler(logoutSuccess))
                .addFilterBefore(new ProviderAvailability(), OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /**
     * A logout comes from our own pages or from the person typing the address — not from another site, which
     * could otherwise end a person's sessions (the webapps' CSRF filter does not cover {@code /logout}). Browsers
     * say where a request comes from ({@code Sec-Fetch-Site}, {@code Origin}). It stays a plain navigation: the
     * provider's session cookie must come along to its end-session endpoint.
     */
    private static RequestMatcher ownPages(String pattern) {
        var path = new AntPathRequestMatcher(pattern);
        return request -> {
            if (!path.matches(request)) {
                return false;
            }
            String site = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader("Origin");
            String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            return (site == null || "same-origin".equals(site) || "none".equals(site))
                    && (origin == null || origin.equals(own));
        };
    }

    /** Camunda's container-based authentication: the webapps take the person Spring Security logged in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
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

    private JwtAuthenticationToken authentication(Jwt jwt) {
        var person = tokens.person(jwt.getClaims(), jwt.getIssuedAt());
        if (person.userId() == null || person.userId().isBlank()) {
            throw new InvalidBearerTokenException("token without " + properties.userClaim());
        }
        List<String> groups;
        try {
            groups = users.sync(person);
        } catch (JustInTimeUsers.NoAllianceGroup refused) {
            groups = List.of();
        } catch (org.camunda.bpm.engine.ProcessEngineException refused) {
            // e.g. a user id the identity service does not accept
            throw new InvalidBearerTokenException("person not accepted: " + refused.getMessage());
        }
        return new JwtAuthenticationToken(jwt, ProviderTokens.authorities(groups), person.userId());
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            var person = tokens.person(user.getClaims(), user.getIssuedAt());
            try {
                var groups = users.sync(person);
                return new DefaultOidcUser(ProviderTokens.authorities(groups), user.getIdToken(), user.getUserInfo(),
                        properties.userClaim());
            } catch (JustInTimeUsers.NoAllianceGroup | org.camunda.bpm.engine.ProcessEngineException refused) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), refused);
            }
        };
    }

    /** A login while the provider cannot be read: a German 503 instead of Spring's 500. */
    private final class ProviderAvailability extends OncePerRequestFilter {

        private final RequestMatcher logins = new OrRequestMatcher(
                new AntPathRequestMatcher("/oauth2/authorization/**"), new AntPathRequestMatcher("/login/oauth2/code/**"));

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (logins.matches(request)) {
                try {
                    registrations.registration();
                } catch (ProviderUnavailableException e) {
                    problems.providerUnavailable(request, response);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
