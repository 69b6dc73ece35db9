package org.incidentdesk.domain.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * The chain's state at one moment, kept outside the database: the last seq, how many entries the table held, and
 * the head's hash ({@code hash}: all 64 hex digits, or the first 16 when copied from paper). A chain that later
 * lacks the seq, or holds another hash there, was cut or rewritten.
 */
public record Checkpoint(long seq, long count, String hash, Instant at) {
    /** Hex digits of the head hash a paper code carries (64 bits: forging a matching chain is out of reach). */
    public static final int SHORT_HEX = 16;

    public Checkpoint {
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code fullHash} is the hash this checkpoint recorded (a paper code compares its prefix). */
    public boolean matches(String fullHash) {
        return fullHash.startsWith(hash);
    }

    /** The code a person copies onto paper: {@code seq-XXXX-XXXX-XXXX-XXXX}, e.g. {@code 1204-3FA9-C21B-77D0-9E12}. */
    public String shortCode() {
        String head = hash.substring(0, SHORT_HEX).toUpperCase(Locale.ROOT);
        return seq + "-" + head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12) + "-"
                + head.substring(12, 16);
    }

    /** A paper code back as a checkpoint (no count or time), or null when {@code code} is not one. */
    public static Checkpoint fromShortCode(String code) {
        String compact = code.strip().replace(" ", "");
        int dash = compact.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        String hex = compact.substring(dash + 1).replace("-", "").toLowerCase(Locale.ROOT);
        if (!compact.substring(0, dash).matches("[0-9]{1,18}") || !hex.matches("[0-9a-f]{" + SHORT_HEX + "}")) {
            return null;
        }
        return new Checkpoint(Long.parseLong(compact.substring(0, dash)), -1, hex, null);
    }
}
