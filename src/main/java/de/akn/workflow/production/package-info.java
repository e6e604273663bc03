/**
 * Joint events and brochures ({@code measure-production}): once a measure of category EVENT or
 * PUBLICATION is adopted, every signer contributes its part (text and files), the lead town uploads a
 * draft and every signer signs it off (Freigabe) before implementation begins. Files are checked by
 * their content ({@link de.akn.workflow.production.FileTypes}) and stored in the database. Adds the
 * contributions and sign-offs to the measure resource through the measure module's
 * {@link de.akn.workflow.measure.MeasureDossierPart}; the measure module does not know this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Production")
package de.akn.workflow.production;
