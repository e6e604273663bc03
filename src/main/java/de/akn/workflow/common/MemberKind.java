package de.akn.workflow.common;

/** What kind of body a member is. The strategic partner advises but never co-signs. */
public enum MemberKind {
    KREIS, STADT, GEMEINDE, PARTNER;

    public boolean isMunicipality() {
        return this != PARTNER;
    }
}
