package de.akn.workflow.notification;

public enum NotificationStatus {
    PENDING, SENT, FAILED
}
