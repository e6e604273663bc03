package de.akn.workflow.member;

/**
 * A member joined the alliance (the membership process applied an approved accession). Published in the
 * transaction that added it; listeners that must succeed with it (its Camunda group) listen synchronously.
 */
public record MemberJoined(String memberId) {
}
