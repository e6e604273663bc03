/**
 * A person's data (Art. 15 and 17 DSGVO): the export of everything the modules store about a user, and its
 * erasure — the person is replaced by its role, the facts stay. Each module contributes its part
 * ({@link de.akn.workflow.common.PersonalData}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package de.akn.workflow.privacy;
