package org.incidentdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file's bytes hold a text readably, as a search of the file would find it: in UTF-8, or in the form H2's
 * MVStore writes strings (the bytes of UTF-8 but without the {@code 10} marking the continuation bytes, so 网 is
 * {@code e7 3d 11}, not {@code e7 bd 91}: measured on H2 2.5, and a plain database is searched by the tests
 * too, which fail if this form is wrong).
 */
public final class PlainText {
    private PlainText() {
    }

    public static boolean in(byte[] bytes, String text) {
        // ISO-8859-1 maps each byte to one char, so a byte search becomes a string search
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        return haystack.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                || haystack.contains(new String(h2Form(text), StandardCharsets.ISO_8859_1));
    }

    public static boolean in(Path file, String text) {
        try {
            return in(Files.readAllBytes(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] h2Form(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
