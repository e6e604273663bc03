package de.akn.workflow.common;

/**
 * A request that does not fit the state of the data, with a German message meant for the user as it is
 * (answered with 409 on {@code /api} and, when thrown while a task form is submitted, on the engine REST APIs).
 * It is deliberately no {@code ProcessEngineException}: Camunda's REST resources pass it on unwrapped, and
 * {@code FormSubmissionErrorFilter} turns it into a 409.
 */
public class ConflictProblem extends RuntimeException {

    public ConflictProblem(String germanMessage) {
        super(germanMessage);
    }
}
