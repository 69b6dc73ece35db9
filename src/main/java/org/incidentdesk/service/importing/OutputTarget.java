package org.incidentdesk.service.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the program is asked to write (a PDF, a CSV, a backup, a drill's JSON), checked before any work is done:
 * its folder must exist and the path must not be a folder. Otherwise the command would run to the end and then
 * fail with the operating system's words.
 */
public final class OutputTarget {
    static final int MAX_NAME_BYTES = 200;

    private OutputTarget() {
    }

    /** Returns {@code file} when it can be written; throws an {@link ImportRefusal} naming it otherwise. */
    public static Path check(Path file) {
        Path absolute = file.toAbsolutePath();
        String shown = CellText.forMessage(file.toString(), 200);
        if (Files.isDirectory(absolute)) {
            throw new ImportRefusal("output.directory", shown);
        }
        Path name = absolute.getFileName();
        // most file systems take 255 bytes; room is left for the ".part" and ".sha256" a backup adds
        if (name != null && name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new ImportRefusal("output.nameTooLong", shown, MAX_NAME_BYTES);
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ImportRefusal("output.noFolder", shown);
        }
        return file;
    }
}
