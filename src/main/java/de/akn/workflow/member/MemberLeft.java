package de.akn.workflow.member;

/**
 * A member left the alliance (the membership process applied an approved exit). Published in the transaction
 * that ended the membership, so that what the other modules end with it — open co-sign decisions, production
 * tasks, action items — is done in that transaction or not at all (the job retries). {@code reason} is the
 * German note those tasks end with ("Die Stadt Kaarst ist am 01.03.2027 aus der Allianz ausgetreten.").
 */
public record MemberLeft(String memberId, String reason) {

    public MemberLeft {
        java.util.Objects.requireNonNull(memberId, "memberId");
        java.util.Objects.requireNonNull(reason, "reason");
    }
}
