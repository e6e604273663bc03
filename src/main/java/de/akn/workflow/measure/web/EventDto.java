package de.akn.workflow.measure.web;

import de.akn.workflow.measure.MeasureEvent;
import java.time.Instant;

record EventDto(Instant at, String actor, String type, String detail) {
    static EventDto of(MeasureEvent e) {
        return new EventDto(e.getAt(), e.getActor(), e.getType(), e.getDetail());
    }
}
