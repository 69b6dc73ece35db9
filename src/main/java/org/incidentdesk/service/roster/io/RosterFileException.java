package org.incidentdesk.service.roster.io;

import org.incidentdesk.service.importing.ImportRefusal;

/**
 * A roster file cannot be used at all: missing, unreadable, empty, of an unknown format or encoding, past an
 * import limit, or without a required column. {@link #messageKey()} and {@link #args()} give the message in the
 * user's language ({@code messages.get(e.messageKey(), e.args())}); the first argument is always the file name.
 */
public class RosterFileException extends ImportRefusal {
    public RosterFileException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public RosterFileException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
