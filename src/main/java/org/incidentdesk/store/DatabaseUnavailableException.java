package org.incidentdesk.store;

/** The database could not be opened: locked by another running copy, unreadable, or a failed migration. */
public class DatabaseUnavailableException extends RuntimeException {
    private final boolean locked;

    public DatabaseUnavailableException(String message, boolean locked, Throwable cause) {
        super(message, cause);
        this.locked = locked;
    }

    static DatabaseUnavailableException wrap(String description, Throwable cause) {
        boolean locked = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("already in use") || m.contains("locked by another process")) {
                locked = true;
            }
        }
        return new DatabaseUnavailableException(description + ": " + cause.getMessage(), locked, cause);
    }

    /** True when another running IncidentDesk (window or command) holds the database file. */
    public boolean isLocked() {
        return locked;
    }
}
