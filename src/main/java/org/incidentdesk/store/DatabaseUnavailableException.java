package org.incidentdesk.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * The database could not be opened: locked by another running copy, a damaged file, a wrong key or none for an
 * encrypted one, or a failed migration.
 */
public class DatabaseUnavailableException extends RuntimeException {
    /** H2's codes for a file it cannot read as a database: corrupted (90030) or of an unknown format (90048). */
    private static final Set<Integer> DAMAGED_FILE_CODES = Set.of(90030, 90048);
    /**
     * H2's codes when the file password does not decrypt the file (90049, "Encryption error") or is not given in
     * the form "file password, space, user password" (90050).
     */
    private static final Set<Integer> WRONG_KEY_CODES = Set.of(90049, 90050);

    /**
     * Why: {@code KEY_NEEDED} an encrypted database and no key; {@code NOT_ENCRYPTED} a key for a plain database
     * that exists (it is encrypted by {@code incidentdesk db encrypt}, never by opening it with a key); {@code SERVER}
     * the shared database's server could not be reached, or refused the sign-in.
     */
    public enum Reason { LOCKED, DAMAGED, SERVER, WRONG_KEY, KEY_NEEDED, NOT_ENCRYPTED, OTHER }

    private final Reason reason;

    public DatabaseUnavailableException(String message, Reason reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    static DatabaseUnavailableException wrap(String description, Throwable cause) {
        Reason reason = Reason.OTHER;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("already in use") || m.contains("locked by another process")) {
                reason = Reason.LOCKED;
                break;
            }
            if (t instanceof SQLException sql && WRONG_KEY_CODES.contains(sql.getErrorCode())) {
                reason = Reason.WRONG_KEY;
                break;
            }
            if (t instanceof SQLException sql && DAMAGED_FILE_CODES.contains(sql.getErrorCode())) {
                reason = Reason.DAMAGED;
            }
        }
        return new DatabaseUnavailableException(description + ": " + cause.getMessage(), reason, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** True when another running IncidentDesk (window or command) holds the database file. */
    public boolean isLocked() {
        return reason == Reason.LOCKED;
    }
}
