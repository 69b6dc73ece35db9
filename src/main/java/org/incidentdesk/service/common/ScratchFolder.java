package org.incidentdesk.service.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden working folder beside where a result goes (a backup, a restored or re-keyed database), so the final move
 * stays on one file system. On POSIX the JDK creates it owner-only (0700), so nothing written inside is ever open to
 * others, whatever the umask.
 */
public final class ScratchFolder {
    private ScratchFolder() {
    }

    /** A new, empty working folder in {@code parent}. */
    public static Path in(Path parent) {
        try {
            return Files.createTempDirectory(parent, ".incidentdesk-work-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Removes {@code dir} and all in it; what cannot be removed stays (the next run makes a folder of its own). */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(ScratchFolder::deleteQuietly);
        } catch (IOException ignored) {
            // a hidden working folder is left behind; nothing depends on it
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // as above
        }
    }
}
