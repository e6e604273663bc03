package de.akn.workflow.security;

/** Ids of the Camunda groups that are not tied to a single member. */
public final class Groups {

    /** The Kreis' climate officer (Beauftragter für Klimaschutz und Nachhaltigkeit). */
    public static final String COORDINATOR = "coordinator";
    /** The climate managers of all towns. */
    public static final String CLIMATE_MANAGERS = "climate-managers";
    /** Camunda's administrators group. */
    public static final String ADMIN = "camunda-admin";

    private Groups() {
    }
}
