package org.incidentdesk.service.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Helpers for tests that edit the text of a built-in plan file and then look for a line in it. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    /** The YAML text of a built-in plan, e.g. {@code text("college")}. */
    public static String text(String templateId) {
        String resource = "/org/incidentdesk/plans/" + templateId + ".yaml";
        try (InputStream in = PlanFixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from}, which must occur exactly once, so a test edits just the place it means to. */
    public static String replaceOnce(String text, String from, String to) {
        int first = text.indexOf(from);
        assertEquals(true, first >= 0 && text.indexOf(from, first + 1) < 0,
                () -> "expected exactly one occurrence of: " + from);
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    /** The 1-based number of the only line that contains {@code fragment}. */
    public static int lineOf(String text, String fragment) {
        return find(text, fragment, false);
    }

    /** The 1-based number of the only line that is exactly {@code line}. */
    public static int exactLineOf(String text, String line) {
        return find(text, line, true);
    }

    private static int find(String text, String fragment, boolean exact) {
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (exact ? lines[i].equals(fragment) : lines[i].contains(fragment)) {
                assertEquals(-1, found, () -> "more than one line contains: " + fragment);
                found = i + 1;
            }
        }
        assertEquals(true, found > 0, () -> "no line contains: " + fragment);
        return found;
    }
}
