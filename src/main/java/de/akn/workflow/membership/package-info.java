/**
 * Membership as a process ({@code membership}): a town joins or leaves the alliance. The
 * coordinator starts it ({@code POST /api/memberships} or Tasklist), records the town's council
 * decision ({@code Task_RecordAccessionDecision}); on approval the member is added (with its
 * Camunda group) or ends its membership (its open co-sign decisions end as declined), and every
 * member is told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package de.akn.workflow.membership;
