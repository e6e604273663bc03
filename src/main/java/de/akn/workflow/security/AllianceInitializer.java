package de.akn.workflow.security;

import de.akn.workflow.member.MemberService;
import de.akn.workflow.member.Member;
import de.akn.workflow.common.MemberKind;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs once all beans (the process engine included) exist and before the web server
 * accepts requests: members from configuration into the database, groups, users and
 * authorizations into Camunda, then the production password check.
 */
@Component
class AllianceInitializer implements SmartInitializingSingleton {

    private final MemberService memberService;
    private final IdentitySetup identitySetup;
    private final ProductionPasswordGuard passwordGuard;
    private final TasklistFilters filters;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    AllianceInitializer(MemberService memberService, IdentitySetup identitySetup,
            ProductionPasswordGuard passwordGuard, ProcessEngineConfigurationImpl engineConfiguration,
            TasklistFilters filters) {
        this.filters = filters;
        this.memberService = memberService;
        this.identitySetup = identitySetup;
        this.passwordGuard = passwordGuard;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var members = memberService.seed();
        identitySetup.apply(members);
        var readers = new java.util.ArrayList<>(members.stream().filter(m -> m.getKind() == MemberKind.PARTNER)
                .map(Member::groupId).toList());
        readers.addAll(members.stream().filter(Member::decides).map(Member::signOffGroupId).toList());
        filters.apply(readers);
        passwordGuard.checkAccounts(engineConfiguration);
    }
}
