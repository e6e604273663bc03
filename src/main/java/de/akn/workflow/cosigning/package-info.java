/**
 * Co-signing of an approved measure ({@code measure-cosigning}): each invited town decides —
 * co-sign, decline, or wait for its council —, reminders and the deadline, then the quorum and the
 * cost and staff-day shares among the signers ({@link de.akn.workflow.cosigning.CostShares}), and
 * the adoption or not. Changes the measure through the measure module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-signing")
package de.akn.workflow.cosigning;
