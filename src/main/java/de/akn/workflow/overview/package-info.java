/**
 * The measures at a glance inside the webapps: the dossier of a measure for the Tasklist tab
 * "Maßnahme" and the Cockpit process-instance tab, and the coordinator's matrix of open measures
 * × members for the Cockpit dashboard "Maßnahmen der Allianz" (plain JavaScript plugins under
 * {@code META-INF/resources/webjars/camunda/app/…/akn/}, data from {@code /api/overview}, read
 * with the webapp session).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Overview")
package de.akn.workflow.overview;
