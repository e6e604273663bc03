package de.akn.workflow.security;

import de.akn.workflow.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In production ({@code alliance.security.refuse-default-passwords=true}, profile
 * {@code prod}) the application refuses to start
 * <ul>
 * <li>before the engine is built, when the admin password is unset or a default one, and</li>
 * <li>after set-up, while any account still has a default password.</li>
 * </ul>
 */
@Component
public class ProductionPasswordGuard extends AbstractProcessEnginePlugin {

    static final Set<String> DEFAULT_PASSWORDS = Set.of("", "demo", "admin", "password", "passwort", "camunda",
            "changeme", "secret", "geheim", "123456");

    private final boolean enabled;
    private final String adminPassword;

    // plain @Value on purpose: the engine (and so this plugin) is built while the web server
    // starts, where a binding error of a settings record would lose its message
    ProductionPasswordGuard(@Value("${alliance.security.refuse-default-passwords:false}") boolean enabled,
            @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        this.enabled = enabled;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!enabled) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException(Texts.text("security.prod.admin-password-missing"));
        }
        if (isDefault("admin", adminPassword)) {
            throw new IllegalStateException(Texts.text("security.prod.admin-password-default"));
        }
    }

    /**
     * Fails while any account of the identity service still has a default password. The
     * stored hashes are compared directly: {@code IdentityService.checkPassword} would count
     * every guess as a failed login and lock the accounts.
     */
    public void checkAccounts(ProcessEngineConfigurationImpl configuration) {
        if (!enabled) {
            return;
        }
        var passwords = configuration.getPasswordManager();
        List<String> offenders = new ArrayList<>();
        for (User user : configuration.getIdentityService().createUserQuery().list()) {
            if (user instanceof UserEntity entity && entity.getPassword() != null) {
                var candidates = new ArrayList<>(DEFAULT_PASSWORDS);
                candidates.add(user.getId());
                if (candidates.stream().anyMatch(p -> passwords.check(
                        EncryptionUtil.saltPassword(p, entity.getSalt()), entity.getPassword()))) {
                    offenders.add(user.getId());
                }
            }
        }
        if (!offenders.isEmpty()) {
            throw new IllegalStateException(Texts.text("security.prod.default-passwords", "accounts",
                    String.join(", ", offenders)));
        }
    }

    static boolean isDefault(String userId, String password) {
        return DEFAULT_PASSWORDS.contains(password.toLowerCase(java.util.Locale.ROOT)) || password.equals(userId)
                || password.length() < 8;
    }
}
