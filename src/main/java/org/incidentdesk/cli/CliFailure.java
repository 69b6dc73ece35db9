package org.incidentdesk.cli;

import java.util.List;

/**
 * A command cannot run at all (e.g. the database is held by an open window); the message is in the user's language.
 * Exit 1, or 2 when what the user gave was refused (a wrong database key).
 */
public class CliFailure extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;
    private final boolean refusal;

    public CliFailure(String messageKey, Throwable cause, Object... args) {
        this(false, messageKey, cause, args);
    }

    private CliFailure(boolean refusal, String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.refusal = refusal;
    }

    /** What the user gave was refused (exit 2), e.g. a wrong database key. */
    public static CliFailure refused(String messageKey, Throwable cause, Object... args) {
        return new CliFailure(true, messageKey, cause, args);
    }

    /** The exit code: 2 for a refusal of the user's input, 1 otherwise. */
    public int exitCode() {
        return refusal ? CliErrorHandler.EXIT_INVALID_INPUT : CliErrorHandler.EXIT_FAILURE;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
