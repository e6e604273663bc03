package de.akn.workflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.demo.*} (profile {@code demo}): whether the demo users are created, and their password.
 * The members' made-up bank accounts under {@code alliance.demo.bank-accounts} belong to the member module
 * ({@code MemberProperties}).
 */
@Validated
@ConfigurationProperties("alliance.demo")
public record DemoProperties(@DefaultValue("false") boolean usersEnabled, @DefaultValue("demo") String password) {
}
