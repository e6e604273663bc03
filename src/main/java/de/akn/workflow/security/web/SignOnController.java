package de.akn.workflow.security.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How people sign on, for the webapps' script {@code akn-sign-on.js}: with single sign-on (profile {@code oidc})
 * their logout link ends the provider's session too ({@code /logout}) instead of only the
 * webapp's, and a person whose session ended goes to the provider's login, not to Camunda's password form.
 */
@RestController
class SignOnController {

    private final boolean singleSignOn;

    SignOnController(Environment environment) {
        this.singleSignOn = environment.acceptsProfiles(Profiles.of("oidc"));
    }

    @GetMapping("/api/public/sign-on")
    @Operation(summary = "Anmeldeverfahren", description = "Ob die Anmeldung über den Anmeldedienst der Verwaltung "
            + "(OpenID Connect) läuft.")
    Map<String, Object> signOn() {
        return singleSignOn ? Map.of("singleSignOn", true, "logout", "/logout", "login", "/oauth2/authorization/akn")
                : Map.of("singleSignOn", false);
    }
}
