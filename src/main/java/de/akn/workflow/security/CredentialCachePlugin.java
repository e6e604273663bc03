package de.akn.workflow.security;

import de.akn.workflow.common.TransactionMemo;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own user store, telling the {@link CredentialCache} of every change of a user — a new password
 * through the Admin webapp, the REST API or the identity service, a deletion, an unlock — so that an old
 * password is not trusted a moment longer; any change of users, groups or memberships also drops what the
 * {@link IdentityDirectory} read in the same transaction.
 */
@Component
class CredentialCachePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CredentialCachePlugin.class);

    private final CredentialCache cache;

    CredentialCachePlugin(CredentialCache cache) {
        this.cache = cache;
    }

    /** Another plugin put its own user store in place (e.g. LDAP): changes go past us, so nothing is cached. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!(configuration.getIdentityProviderSessionFactory() instanceof ForgettingFactory)) {
            log.info("Users come from {}: HTTP Basic passwords are verified on every call",
                    configuration.getIdentityProviderSessionFactory().getClass().getName());
            cache.disable();
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ForgettingFactory(cache));
    }

    /** Opens the engine's database identity provider that tells the cache of changes. */
    private record ForgettingFactory(CredentialCache cache) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return ForgettingIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ForgettingIdentityProvider(cache);
        }
    }

    /**
     * The engine's database identity provider; a changed user is forgotten by the credential cache, and any change
     * of users, groups or memberships drops what the directory read in this transaction.
     */
    static class ForgettingIdentityProvider extends DbIdentityServiceProvider {

        private final CredentialCache cache;

        ForgettingIdentityProvider(CredentialCache cache) {
            this.cache = cache;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            forget(user.getId());
            return super.saveUser(user);
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            forget(userId);
            return super.deleteUser(userId);
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            forget(userId);
            return super.unlockUser(userId);
        }

        @Override
        public IdentityOperationResult saveGroup(Group group) {
            TransactionMemo.forget(IdentityDirectory.MEMO);
            return super.saveGroup(group);
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            TransactionMemo.forget(IdentityDirectory.MEMO);
            return super.deleteGroup(groupId);
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            TransactionMemo.forget(IdentityDirectory.MEMO);
            return super.createMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            TransactionMemo.forget(IdentityDirectory.MEMO);
            return super.deleteMembership(userId, groupId);
        }

        /** Now, and once more when the change is committed (a login in between still read the old password). */
        private void forget(String userId) {
            TransactionMemo.forget(IdentityDirectory.MEMO);
            cache.forget(userId);
            Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> cache.forget(userId));
        }
    }
}
