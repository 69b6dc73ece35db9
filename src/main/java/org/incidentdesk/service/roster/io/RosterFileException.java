package org.incidentdesk.service.roster.io;

import java.util.Arrays;

/**
 * A roster file cannot be used at all: missing, unreadable, empty, of an unknown format, or without a required
 * column. {@link #messageKey()} and {@link #args()} give the message in the user's language
 * ({@code messages.get(e.messageKey(), e.args())}); the first argument is always the file name.
 */
public class RosterFileException extends RuntimeException {
    private final String messageKey;
    private final Object[] args;

    public RosterFileException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public RosterFileException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
