package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** Closing the embedded database leaves no error in H2's trace file (it had a "Database is already closed" each time). */
@Tag("embedded") // the embedded H2 database itself: left out of the PostgreSQL run
class CleanCloseTest {
    @TempDir
    Path dir;

    @Test
    void openingAndClosingWritesNoErrorToTheTraceFile() throws IOException {
        for (int i = 0; i < 2; i++) {
            try (Database database = Database.openEmbedded(dir)) {
                new Store(database, e -> { }).inTransaction(s -> null);
            }
        }
        Path trace = dir.resolve(Database.EMBEDDED_FILE_NAME + ".trace.db");
        String text = Files.exists(trace) ? Files.readString(trace) : "";
        assertFalse(text.contains("Exception") || text.contains("already closed"), text);
    }
}
