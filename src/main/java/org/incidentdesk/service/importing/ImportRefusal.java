package org.incidentdesk.service.importing;

import java.util.Arrays;

/**
 * A file cannot be imported at all: too large, of an unknown encoding, damaged, hostile. {@link #messageKey()}
 * and {@link #args()} give the message in the user's language; the first argument is always the file name. Each
 * importer shows it as its own kind of refusal (e.g. the roster's {@code RosterFileException}).
 */
public class ImportRefusal extends RuntimeException {
    private final String messageKey;
    private final Object[] args;

    public ImportRefusal(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public ImportRefusal(Throwable cause, String messageKey, Object... args) {
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
