package org.incidentdesk.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a file to import, refusing it before reading when it is larger than the limit, and again while reading
 * when it turns out larger than it said (a device such as /dev/zero, a file still being written).
 */
public final class BoundedFile {
    private BoundedFile() {
    }

    /** Checks that the file exists, is readable and within the size limit; returns its size. */
    public static long check(Path file, ImportLimits limits) {
        if (!Files.exists(file)) {
            throw new ImportRefusal(new NoSuchFileException(file.toString()), "importing.file.notFound",
                    CellText.forMessage(file.toString(), 200));
        }
        if (Files.isDirectory(file)) {
            throw new ImportRefusal("importing.file.directory", FileNames.of(file));
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > limits.maxFileBytes()) {
            throw tooLarge(file, limits);
        }
        return size;
    }

    /** The file's bytes, refused once more than the limit have been read. */
    public static InputStream open(Path file, ImportLimits limits) {
        check(file, limits);
        try {
            long[] read = {0};
            return new CountedInput(Files.newInputStream(file), n -> {
                read[0] += n;
                if (read[0] > limits.maxFileBytes()) {
                    throw tooLarge(file, limits);
                }
            });
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** An I/O failure while reading, as a refusal in the user's language. */
    public static ImportRefusal unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportRefusal(e, "importing.file.notFound", CellText.forMessage(file.toString(), 200));
        }
        if (e instanceof AccessDeniedException) {
            return new ImportRefusal(e, "importing.file.accessDenied", FileNames.of(file));
        }
        return new ImportRefusal(e, "importing.file.unreadable", FileNames.of(file),
                CellText.forMessage(String.valueOf(e.getMessage()), 200));
    }

    private static ImportRefusal tooLarge(Path file, ImportLimits limits) {
        long bytes = limits.maxFileBytes();
        String limit = bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
        return new ImportRefusal("importing.file.tooLarge", FileNames.of(file), limit);
    }
}
