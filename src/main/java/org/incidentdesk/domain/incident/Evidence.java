package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * Preserved evidence (R17): a file copied into the data directory ({@code storedName} under {@code evidence/})
 * or a link, with capture time, who captured it and the SHA-256 of the file's bytes at capture (null for a
 * link).
 */
public record Evidence(long id, long incidentId, EvidenceKind kind, String originalName, String storedName,
                       String url, long size, String sha256, String note, Instant capturedAt, String capturedBy) {
}
