package de.akn.workflow.security;

import de.akn.workflow.common.Texts;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, the same user
 * store the webapps use (a password verified in the last minute through the {@link CredentialCache}).
 * Group ids become authorities (e.g. {@code coordinator}, {@code member-kaarst}), read on every call.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_PREFIX = "ROLE_";

    private final IdentityService identityService;
    private final CredentialCache credentials;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, CredentialCache credentials) {
        this.identityService = identityService;
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || userId.isBlank() || password == null || !verified(userId, password.toString())) {
            throw new BadCredentialsException(Texts.text("security.bad-credentials"));
        }
        // each group once as it is (for our checks and the engine) and once as a role
        // (for Spring's role checks, e.g. actuator health details)
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId)
                .flatMap(group -> java.util.stream.Stream.of(group, ROLE_PREFIX + group))
                .map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    private boolean verified(String userId, String password) {
        if (credentials.isVerified(userId, password)) {
            return true;
        }
        long generation = credentials.generation(userId);
        if (identityService.checkPassword(userId, password)) {
            credentials.remember(userId, password, generation);
            return true;
        }
        credentials.drop(userId);
        return false;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
