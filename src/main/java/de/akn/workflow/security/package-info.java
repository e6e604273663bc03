/**
 * Who may do what: HTTP Basic against Camunda's identity service, groups and
 * authorizations per member, the Tasklist filters, the production password guard (ADR 0002), and
 * who is who ({@link de.akn.workflow.security.IdentityDirectory}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package de.akn.workflow.security;
