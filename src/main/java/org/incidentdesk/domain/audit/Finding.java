package org.incidentdesk.domain.audit;

/**
 * One thing the audit verifier found wrong, naming the first entry concerned ({@code seq}) and, for a range, the
 * last ({@code toSeq}, else equal to seq). {@code detail} is a value for the message: the seq of the entry stored
 * in another's place, a checkpoint's time, an evidence file's name. Shown as {@code audit.finding.<KIND>}.
 */
public record Finding(Kind kind, long seq, long toSeq, String detail) {
    public enum Kind {
        /** The entry's fields no longer give its stored hash (or were changed and re-hashed). */
        EDITED,
        /** The entry was put into the chain by hand: nothing in the chain links to it. */
        INSERTED,
        /** Entries seq … toSeq are gone from the middle or the start of the chain (no purge recorded them). */
        DELETED,
        /** The entry is out of its place: the chain links it elsewhere ({@code detail}: the entry that belongs here). */
        REORDERED,
        /** Entries seq … toSeq, which a checkpoint saw, are gone from the end of the chain. */
        TAIL_REMOVED,
        /** The chain up to seq holds another hash than the checkpoint written then ({@code detail}: when). */
        REWRITTEN,
        /** An evidence file's bytes are not those the chain recorded ({@code detail}: its name). */
        EVIDENCE_CHANGED,
        /** An evidence file (or its record) the chain recorded is gone. */
        EVIDENCE_MISSING,
        /** The evidence table's hash was changed away from the one the chain recorded. */
        EVIDENCE_RECORD_EDITED
    }

    public static Finding at(Kind kind, long seq, String detail) {
        return new Finding(kind, seq, seq, detail);
    }
}
