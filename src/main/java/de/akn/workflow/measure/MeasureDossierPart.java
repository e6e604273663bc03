package de.akn.workflow.measure;

import java.util.Map;

/**
 * More of a measure's dossier, contributed by a capability module that the measure module does not know
 * (e.g. the contributions and sign-offs of a joint brochure): {@code GET /api/measures/{reference}}
 * adds each entry as a field of the measure resource.
 */
public interface MeasureDossierPart {

    /** The fields this module adds for the measure (empty when it has nothing to say about it). */
    Map<String, Object> partsOf(Measure measure);

    /** What all the modules add for the measure, in the order of the parts given. */
    static Map<String, Object> all(java.util.stream.Stream<MeasureDossierPart> parts, Measure measure) {
        var all = new java.util.LinkedHashMap<String, Object>();
        parts.forEach(part -> all.putAll(part.partsOf(measure)));
        return all;
    }
}
