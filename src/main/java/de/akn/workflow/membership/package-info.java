/**
 * Membership as a process ({@code membership}): a town joins or leaves the alliance. The
 * coordinator starts it ({@code POST /api/memberships} or Tasklist), records the town's council
 * decision ({@code Task_RecordAccessionDecision}); on approval the member is added (with its
 * Camunda group) or ends its membership (its open co-sign decisions end as declined), and every
 * member is told. The other modules learn of it by the events {@code MemberJoined} and {@code MemberLeft} of
 * module {@code member} (its groups; its open co-sign decisions, production tasks and action items end), in the
 * same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package de.akn.workflow.membership;
