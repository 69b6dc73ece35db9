package org.incidentdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file's bytes hold a text in UTF-8, as {@code grep} on the file would find it. */
public final class PlainText {
    private PlainText() {
    }

    public static boolean in(byte[] bytes, String text) {
        // ISO-8859-1 maps each byte to one char, so a byte search becomes a string search
        return new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    public static boolean in(Path file, String text) {
        try {
            return in(Files.readAllBytes(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
