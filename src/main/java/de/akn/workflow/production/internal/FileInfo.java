package de.akn.workflow.production.internal;

import java.time.Instant;

/** A stored file without its content (lists, mails). */
public record FileInfo(Long id, Long measureId, String member, MeasureFile.Kind kind, String name,
        String contentType, long size, Instant uploadedAt) {
}
