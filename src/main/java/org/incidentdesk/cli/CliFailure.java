package org.incidentdesk.cli;

import java.util.List;

/** A command cannot run at all (e.g. the database is held by an open window); the message is in the user's language. */
public class CliFailure extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public CliFailure(String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
