/**
 * The council track of a town: the Beschlussvorlage (draft resolution) for its council per measure,
 * as DOCX and PDF ({@link de.akn.workflow.council.CouncilDrafts}), and the upcoming meetings of its
 * council read from its OParl 1.1 system ({@link de.akn.workflow.council.CouncilMeetings}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council")
package de.akn.workflow.council;
