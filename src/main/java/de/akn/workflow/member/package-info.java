/**
 * The members of the alliance (table {@code akn_member}): seeded from {@code alliance.members},
 * names, kinds, populations and functional addresses; {@code GET /api/members}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member")
package de.akn.workflow.member;
