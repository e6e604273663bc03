package de.akn.workflow.process.model;

/** Ids of the model tests' own elements (the models' ids are constants in each test). */
final class TaskIds {

    /** The user task a stand-in for a called process waits in. */
    static final String STUB = "Task_Stub";

    private TaskIds() {
    }
}
