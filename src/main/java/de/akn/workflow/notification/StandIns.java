package de.akn.workflow.notification;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.identity.User;

/**
 * Who stands in for people who are away: the addressees of a mail to some users, with the deputy
 * of each one away today. Implemented by the absence module ({@code absence.Deputies}), so that
 * {@link Recipients} need not know about absences.
 */
public interface StandIns {

    /** The addressees of a mail to {@code users}, with deputies where someone is away. */
    List<Addressee> addressees(Collection<User> users);
}
