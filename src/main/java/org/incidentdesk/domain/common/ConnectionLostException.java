package org.incidentdesk.domain.common;

/**
 * The shared office database cannot be reached: the change was not saved (nothing of it was written) and nothing
 * was read. Names the database, so the message says which connection was lost; the program reconnects by itself.
 */
public class ConnectionLostException extends RuntimeException {
    private final String database;

    public ConnectionLostException(String database, Throwable cause) {
        super("the connection to " + database + " is lost; nothing was saved", cause);
        this.database = database;
    }

    /** Which database, as the status bar names it (e.g. "PostgreSQL office-db:5432/incidentdesk"). */
    public String database() {
        return database;
    }
}
