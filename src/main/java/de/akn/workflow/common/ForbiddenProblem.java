package de.akn.workflow.common;

import org.camunda.bpm.engine.AuthorizationException;

/** A missing right whose German message is meant for the user as it is (answered with 403). */
public class ForbiddenProblem extends AuthorizationException {

    public ForbiddenProblem(String germanMessage) {
        super(germanMessage);
    }
}
