package de.akn.workflow.measure;

public enum ParticipationStatus {
    LEAD, INVITED, COSIGNED, DECLINED, COUNCIL_PENDING, NO_RESPONSE
}
