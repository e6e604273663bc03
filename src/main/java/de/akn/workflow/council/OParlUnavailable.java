package de.akn.workflow.council;

/** A member's OParl system could not be read (unreachable, too slow, an error or a broken answer). */
public class OParlUnavailable extends RuntimeException {

    public OParlUnavailable(String germanMessage, Throwable cause) {
        super(germanMessage, cause);
    }
}
