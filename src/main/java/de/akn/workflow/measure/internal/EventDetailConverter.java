package de.akn.workflow.measure.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.measure.EventDetail;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An audit-trail row's {@link EventDetail} as JSON in {@code akn_measure_event.detail_parts}. */
@Converter
public class EventDetailConverter implements AttributeConverter<EventDetail, String> {

    /** The column's width; a detail that does not fit keeps only its rendered text in {@code detail}. */
    public static final int WIDTH = 16000;

    private static final Logger log = LoggerFactory.getLogger(EventDetailConverter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(EventDetail detail) {
        if (detail == null || detail.parts().isEmpty()) {
            return null;
        }
        try {
            String json = JSON.writeValueAsString(detail);
            if (json.length() > WIDTH) {
                log.warn("History line with keys {} too long to keep its values ({} characters); kept as text",
                        detail.parts().stream().map(EventDetail.Part::key).toList(), json.length());
                return null;
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an event's detail", e);
        }
    }

    @Override
    public EventDetail convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, EventDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an event's detail", e);
        }
    }
}
