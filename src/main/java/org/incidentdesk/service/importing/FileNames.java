package org.incidentdesk.service.importing;

import java.nio.file.Path;

/** The name a message gives a file: its last part, as the user picked it. */
public final class FileNames {
    private FileNames() {
    }

    public static String of(Path file) {
        Path name = file.getFileName();
        return CellText.forMessage(name == null ? file.toString() : name.toString(), 120);
    }
}
