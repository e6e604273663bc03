/**
 * The alliance's public face, without login: the start page, a page per member and per measure
 * (adopted and completed measures only), an Atom feed and open data (JSON, CSV) under the
 * Datenlizenz Deutschland – Namensnennung 2.0, read set-based by its own read model
 * {@link de.akn.workflow.publicsite.PublishedMeasures}. Never personal data: no user ids, names of
 * staff, e-mail addresses or comments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site")
package de.akn.workflow.publicsite;
