package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * REST calls are verified with the password of the moment: a verified password is trusted for a minute
 * ({@link CredentialCache}), but a new password, a deleted user and a failed login count at once.
 */
class PasswordChangeTest extends AknIntegrationTest {

    private static final String USER = "km-kaarst-vertretung";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void createUser() {
        var user = identityService.newUser(USER);
        user.setFirstName("Vera");
        user.setLastName("Vertretung");
        user.setEmail("vertretung@kaarst.example.org");
        user.setPassword("Erstes-Passwort-1");
        identityService.saveUser(user);
        identityService.createMembership(USER, "member-kaarst");
    }

    @AfterEach
    void deleteUser() {
        if (identityService.createUserQuery().userId(USER).count() > 0) {
            identityService.deleteUser(USER);
        }
    }

    @Test
    void shouldRefuseTheOldPasswordAtOnceAfterAChangeThroughTheRestApi() {
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.OK);
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.OK); // now from the cache
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var changed = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/user/" + USER + "/credentials",
                HttpMethod.PUT, new HttpEntity<>("{\"password\": \"Zweites-Passwort-2\", "
                        + "\"authenticatedUserPassword\": \"demo\"}", headers), String.class);
        assertThat(changed.getStatusCode()).as(changed.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseTheOldPasswordAtOnceAfterAChangeThroughTheIdentityService() {
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.OK);
        var user = identityService.createUserQuery().userId(USER).singleResult();
        user.setPassword("Zweites-Passwort-2");
        identityService.saveUser(user);
        assertThat(status("Zweites-Passwort-2")).isEqualTo(HttpStatus.OK);
        identityService.deleteUser(USER);
        assertThat(status("Zweites-Passwort-2")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldAskTheIdentityServiceAgainAfterAFailedLogin() {
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.OK);
        assertThat(status("falsch")).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Camunda holds the user's next logins back for a moment after a failed one: the cached password too
        assertThat(status("Erstes-Passwort-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private HttpStatus status(String password) {
        return HttpStatus.valueOf(rest.withBasicAuth(USER, password).getForEntity("/api/members", String.class)
                .getStatusCode().value());
    }
}
