package org.incidentdesk.domain.document;

import java.time.Instant;
import org.incidentdesk.domain.security.Secrecy;

/**
 * One export or print of a document: the form, its 文号 (null for forms without one), the incident it belongs to
 * (null for none), where it went (file or printer), its size in pages and the SHA-256 of the PDF, who and when.
 */
public record IssuedDocument(Long id, String form, String title, String number, Long incidentId, Delivery delivery,
                             String target, int pages, String sha256, String secrecy, String urgency, Instant at,
                             String by) {
    /** The secrecy mark it was issued with; a document recorded without one is unmarked. */
    public Secrecy secrecyLevel() {
        return secrecy == null || secrecy.isBlank() ? Secrecy.NONE : Secrecy.valueOf(secrecy);
    }

    public enum Delivery {
        EXPORT, PRINT
    }
}
