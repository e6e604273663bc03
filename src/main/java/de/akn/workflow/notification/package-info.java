/**
 * The mail outbox (ADR 0001): other modules queue a
 * {@link de.akn.workflow.notification.MailRequest} in their own transaction; a sender delivers it
 * with retries and raises an incident when it cannot. The wording of every mail is in
 * {@code templates/mail/messages_de.properties} ({@link de.akn.workflow.notification.MailTexts}),
 * the layout in the Thymeleaf templates beside it. Who is who for a mail (a member's people and
 * mailbox, the coordinators, deputies of those away) is {@link de.akn.workflow.notification.Recipients};
 * the deputies come from the absence module through {@link de.akn.workflow.notification.StandIns}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package de.akn.workflow.notification;
