package org.incidentdesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.atrest.EncryptionRefused;
import org.incidentdesk.service.common.KeyEntry;

/**
 * The database key on the command line, in this order: the environment variable, one line of standard input
 * ({@code --db-key-stdin}), the console (typed without echo; a new key twice). Asked only when needed, so a plain
 * office is never asked. Standard input is read a byte at a time up to the line break, so a second key (the new one
 * of {@code db change-key}) can follow on the next line.
 */
final class DatabaseKeyInput {
    /** The key of the data directory's database. */
    static final String KEY_VARIABLE = "INCIDENTDESK_DB_KEY";
    /** The new key of {@code db change-key}. */
    static final String NEW_KEY_VARIABLE = "INCIDENTDESK_NEW_DB_KEY";

    private final KeySources sources;
    private final Messages messages;

    DatabaseKeyInput(KeySources sources, Messages messages) {
        this.sources = sources;
        this.messages = messages;
    }

    /** The key of an existing database. */
    KeyEntry existing(String variable, boolean fromStdin) {
        return () -> read(variable, fromStdin, "dbkey.prompt", false);
    }

    /** A new key: on the console it is typed twice and must match. */
    KeyEntry fresh(String variable, boolean fromStdin) {
        return () -> read(variable, fromStdin, "dbkey.prompt.new", true);
    }

    private char[] read(String variable, boolean fromStdin, String promptKey, boolean twice) {
        String value = sources.environment().get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (fromStdin) {
            return line(sources.stdin());
        }
        if (sources.console() == null) {
            return null;
        }
        char[] first = sources.console().readPassword("%s", messages.get(promptKey));
        if (first == null || !twice) {
            return first;
        }
        char[] second = sources.console().readPassword("%s", messages.get("dbkey.prompt.again"));
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

    /** One line of UTF-8 without its line break; null at the end of input before anything was read. */
    static char[] line(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                bytes.write(b);
                b = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the database key from standard input", e);
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw, 0, length));
        char[] key = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return key;
    }
}
