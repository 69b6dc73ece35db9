package org.incidentdesk.domain.audit;

import org.incidentdesk.domain.common.AuditEntry;

/**
 * One audit row as the chain holds it: its place ({@code seq}, 1 for the first), what it records, the hash of the
 * row before it ({@code prevHash}) and its own hash, both as 64 lower-case hex digits, and which canonical encoding
 * ({@code format}) the hash was taken over.
 */
public record ChainedEntry(long seq, AuditEntry entry, String prevHash, String hash, int format) {
    /** Whether the stored hash is the hash of what the row holds now. */
    public boolean selfConsistent(EntryHash hasher) {
        return hash.equals(hasher.hash(format, seq, prevHash, entry));
    }
}
