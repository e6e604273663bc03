package de.akn.workflow.measure;

import java.util.Objects;

/**
 * A validated proposal of a new measure, read at the edge by {@link ProposalReader}.
 *
 * @param proposer   the proposing user
 * @param leadMember the proposer's member, lead of the measure
 * @param proposal   the fields, valid by {@link ProposalValidator}
 */
public record ProposeCommand(String proposer, String leadMember, Proposal proposal) {

    public ProposeCommand {
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(leadMember, "leadMember");
        Objects.requireNonNull(proposal, "proposal");
    }
}
