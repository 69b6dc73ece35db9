package org.incidentdesk.cli;

import java.util.Optional;

/**
 * Recognises a failure of the disk under the data directory in a failure's causes — no space left, or a medium
 * that has become read-only — so the user reads what happened and what to do, not a database's error text.
 * Recognised by the operating system's words (ENOSPC, EROFS), which reach us inside H2's and jOOQ's exceptions,
 * and by H2's own "read only" error.
 */
public final class StorageFailure {
    private StorageFailure() {
    }

    /** The message key that explains {@code failure}, when a full or read-only disk caused it. */
    public static Optional<String> messageKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left on device") || text.contains("There is not enough space on the disk")) {
                return Optional.of("storage.noSpace");
            }
            if (text.contains("Read-only file system") || text.contains("database is read only")
                    || text.contains("Database is read only")) {
                return Optional.of("storage.readOnly");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
