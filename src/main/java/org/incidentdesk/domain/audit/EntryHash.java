package org.incidentdesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;

/**
 * The hash of one audit entry: SHA-256 over a canonical encoding of the chain format, its seq, the previous
 * entry's hash, and every field of the entry: the instant (epoch second and nanosecond), who, the action, the
 * entity and its id, the old one-sentence summary, and each field change (name, before, after) in order. Each
 * text is written as its UTF-8 length (4 bytes, big-endian; -1 for null) and bytes, so no two different entries
 * encode alike (a value cannot spill into the next). Not thread-safe: one instance per thread (it reuses its
 * digest, which is what lets a million entries verify in a few seconds).
 */
public final class EntryHash {
    /** The encoding of today's rows. A later format (adding the signed-in account) gets the next number. */
    public static final int FORMAT = 1;
    /** The "previous hash" of the first entry of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest digest;
    private final byte[] length = new byte[4];

    public EntryHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The instant as the database keeps it (microseconds), so a hash taken before the write verifies after. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The hash of {@code entry} at {@code seq} after {@code prevHash}, in {@code format}. */
    public String hash(int format, long seq, String prevHash, AuditEntry entry) {
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown audit chain format " + format);
        }
        digest.reset();
        text("incidentdesk-audit/" + format);
        text(Long.toString(seq));
        text(prevHash);
        Instant at = entry.at();
        text(at.getEpochSecond() + "." + at.getNano());
        text(entry.actor());
        text(entry.action());
        text(entry.entity());
        text(entry.entityId());
        text(entry.legacySummary());
        text(Integer.toString(entry.changes().size()));
        for (FieldChange change : entry.changes()) {
            text(change.field());
            text(change.before());
            text(change.after());
        }
        return HEX.formatHex(digest.digest());
    }

    private void text(String value) {
        if (value == null) {
            lengthOf(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        lengthOf(bytes.length);
        digest.update(bytes);
    }

    private void lengthOf(int n) {
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        digest.update(length);
    }
}
