package de.akn.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import de.akn.workflow.member.Member;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two filter chains:
 * <ul>
 * <li>the REST APIs ({@code /api}, {@code /engine-rest}), OpenAPI and actuator: HTTP Basic
 * against the Camunda identity service, stateless, never anonymous (health and info
 * excepted);</li>
 * <li>everything else, i.e. the Camunda webapps, which have their own login, session and
 * CSRF protection.</li>
 * </ul>
 */
@Configuration
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper,
            @org.springframework.beans.factory.annotation.Value("${camunda.bpm.process-engine-name:default}")
            String processEngineName, Optional<OidcSecurity> oidc) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint(objectMapper);
        // Ant matchers on the whole path: /engine-rest is a Jersey servlet, not Spring MVC
        http.securityMatcher(new OrRequestMatcher(Stream.of("/api/**", "/engine-rest/**", "/actuator/**",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .map(pattern -> (RequestMatcher) new AntPathRequestMatcher(pattern)).toList()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ant(HttpMethod.GET, "/actuator/health"), ant(HttpMethod.GET, "/actuator/health/**"),
                                ant(HttpMethod.GET, "/actuator/info")).permitAll()
                        // open data of the public site: no login, GET only
                        .requestMatchers(ant(HttpMethod.GET, "/api/public/**")).permitAll()
                        .requestMatchers(ant(null, "/api/operations/**"), ant(null, "/api/privacy/**"))
                        .hasAuthority(Groups.ADMIN)
                        .requestMatchers(ant(null, "/actuator/**"), ant(null, "/api/notifications/**"),
                                ant(null, "/api/memberships/**"), ant(HttpMethod.PATCH, "/api/members/**"),
                                ant(HttpMethod.POST, "/api/meetings"),
                                ant(HttpMethod.POST, "/api/funding-programmes"),
                                ant(HttpMethod.PATCH, "/api/funding-programmes/**"),
                                ant(null, "/api/overview/matrix"))
                        .hasAnyAuthority(Groups.COORDINATOR, Groups.ADMIN)
                        // annual reports: started by the coordinator, read by every member and the partner
                        .requestMatchers(ant(HttpMethod.GET, "/api/reports/**"))
                        .access((authentication, context) -> new AuthorizationDecision(isAllianceMember(
                                authentication.get())))
                        .requestMatchers(ant(null, "/api/reports/**")).hasAnyAuthority(Groups.COORDINATOR, Groups.ADMIN)
                        // with single sign-on a person the provider knows is not enough: one of our groups is
                        .anyRequest().access((authentication, context) -> new AuthorizationDecision(oidc.isEmpty()
                                ? isAuthenticated(authentication.get())
                                : OidcSecurity.hasAllianceGroup(authentication.get()))))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(oidc.isPresent() ? problems.forBearerTokens()
                        : problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // a request read with the webapp session must not change that session's id
                        // (the webapps' other requests would lose it)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new WebappSessionAuthenticationFilter(processEngineName),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(new CamundaAuthenticationPropagationFilter(identityService), AuthorizationFilter.class);
        if (oidc.isPresent()) {
            oidc.get().configureApi(http, problems);
        }
        if (oidc.isEmpty() || oidc.get().basicAuth()) {
            http.httpBasic(basic -> basic.realmName(ProblemAuthenticationEntryPoint.REALM)
                    .authenticationEntryPoint(oidc.isPresent() ? problems.forBearerTokens() : problems));
        }
        return http.build();
    }

    /** Addresses the firewall refuses get a German problem+json 400 instead of the servlet error page. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return new ProblemAuthenticationEntryPoint(objectMapper);
    }

    private static boolean isAuthenticated(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    /** Coordinator, administrators, climate managers, members' and partners' groups. */
    static boolean isAllianceMember(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals(Groups.COORDINATOR) || a.equals(Groups.ADMIN)
                        || a.equals(Groups.CLIMATE_MANAGERS) || a.startsWith(Member.MEMBER_GROUP_PREFIX)
                        || a.startsWith(Member.PARTNER_GROUP_PREFIX));
    }

    private static RequestMatcher ant(HttpMethod method, String pattern) {
        return new AntPathRequestMatcher(pattern, method == null ? null : method.name());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http, Optional<OidcSecurity> oidc,
            @org.springframework.beans.factory.annotation.Value("${camunda.bpm.webapp.application-path:/camunda}")
            String webappPath) throws Exception {
        if (oidc.isPresent()) {
            // single sign-on: the webapps behind the provider's login, handed to Camunda by container-based
            // authentication
            oidc.get().configureWebapps(http, webappPath);
        } else {
            // The Camunda webapps authenticate users themselves (session login against the
            // identity service) and bring their own CSRF filter and security headers.
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        }
        http.csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
