package org.incidentdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.atrest.EncryptionRefused;
import org.incidentdesk.service.common.KeyEntry;

/**
 * The database key on the command line, in this order: the environment variable, one line of standard input
 * ({@code --db-key-stdin}), the terminal (typed without echo; a new key twice). Asked only when needed, so a plain
 * office is never asked. Standard input is the command's one reader ({@link RootCommand#standardInput()}): the key,
 * needed before the database opens, takes the first line, and what is read after it (the new key of
 * {@code db change-key}, the account's password) the following ones.
 */
final class DatabaseKeyInput {
    /** The key of the data directory's database. */
    static final String KEY_VARIABLE = "INCIDENTDESK_DB_KEY";
    /** The new key of {@code db change-key}. */
    static final String NEW_KEY_VARIABLE = "INCIDENTDESK_NEW_DB_KEY";

    private final CliEnvironment environment;
    private final Supplier<BufferedReader> stdin;
    private final Messages messages;

    DatabaseKeyInput(CliEnvironment environment, Supplier<BufferedReader> stdin, Messages messages) {
        this.environment = environment;
        this.stdin = stdin;
        this.messages = messages;
    }

    /** The key of an existing database. */
    KeyEntry existing(String variable, boolean fromStdin) {
        return () -> read(variable, fromStdin, "dbkey.prompt", false);
    }

    /** A new key: at the terminal it is typed twice and must match. */
    KeyEntry fresh(String variable, boolean fromStdin) {
        return () -> read(variable, fromStdin, "dbkey.prompt.new", true);
    }

    private char[] read(String variable, boolean fromStdin, String promptKey, boolean twice) {
        String value = environment.variable(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (fromStdin) {
            return line();
        }
        char[] first = environment.readPassword(messages.get(promptKey));
        if (first == null || !twice) {
            return first;
        }
        char[] second = environment.readPassword(messages.get("dbkey.prompt.again"));
        boolean same = Arrays.equals(first, second);
        if (second != null) {
            Arrays.fill(second, '\0');
        }
        if (!same) {
            Arrays.fill(first, '\0');
            throw new EncryptionRefused("dbkey.refused.mismatch", "");
        }
        return first;
    }

    /** One line of standard input without its line break; null at its end. */
    private char[] line() {
        try {
            String line = stdin.get().readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the database key from standard input", e);
        }
    }
}
