package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;

/**
 * Who a member is, as texts and the engine need it: its name with the article of each case (German text names
 * a town with its article: "die Stadt Kaarst", "des Rhein-Kreises Neuss") and its Camunda groups.
 */
public interface MemberIdentity {

    /** Prefix of the Camunda group of a member's climate managers. */
    String MEMBER_GROUP_PREFIX = "member-";
    /** The group of a member's Zeichnungsberechtigte (Bürgermeister, authorised heads of department). */
    String SIGN_OFF_GROUP_PREFIX = "signoff-";
    /** Prefix of the Camunda group of a partner organisation. */
    String PARTNER_GROUP_PREFIX = "partner-";

    String getId();

    String getName();

    MemberKind getKind();

    /** The name with its article in each case ({@link GermanName}): "die Stadt Kaarst", "der Rhein-Kreis Neuss". */
    default GermanName germanName() {
        return new GermanName(getKind(), getName());
    }

    default String nominative(boolean sentenceStart) {
        return germanName().nominative(sentenceStart);
    }

    default String nominativeLowerCase() {
        return nominative(false);
    }

    default String accusative() {
        return germanName().accusative();
    }

    default String genitive() {
        return germanName().genitive();
    }

    default String dative(boolean sentenceStart) {
        return germanName().dative(sentenceStart);
    }

    default String afterVon() {
        return germanName().afterVon();
    }

    default boolean isMunicipality() {
        return getKind().isMunicipality();
    }

    /** Whether the member takes decisions about measures (a town or the Kreis, not the partner). */
    default boolean decides() {
        return getKind() != MemberKind.PARTNER;
    }

    /** The Camunda group whose users act for this member. */
    default String groupId() {
        return Member.groupIdOf(getId(), getKind());
    }

    /** The group that signs off the member's co-signing, if the member requires it. */
    default String signOffGroupId() {
        return SIGN_OFF_GROUP_PREFIX + getId();
    }
}
