package org.incidentdesk.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationPreferencesTest {
    @TempDir
    Path dataDir;

    @Test
    void savedValuesComeBackInTheNextSession() {
        WorkstationPreferences first = WorkstationPreferences.load(dataDir);
        first.put("ui.language", "en");
        first.put("window.width", "1024.0");
        first.save();

        WorkstationPreferences next = WorkstationPreferences.load(dataDir);
        assertEquals(Optional.of("en"), next.get("ui.language"));
        assertEquals(Optional.of(1024.0), next.number("window.width"));
        assertFalse(Files.exists(dataDir.resolve(WorkstationPreferences.FILE_NAME + ".tmp")), "no temporary file left");
    }

    @Test
    void aDamagedFileFallsBackToDefaults() throws IOException {
        Files.writeString(dataDir.resolve(WorkstationPreferences.FILE_NAME), "window.width=wide\nui.theme=DARK\n",
                StandardCharsets.UTF_8);
        WorkstationPreferences prefs = WorkstationPreferences.load(dataDir);
        assertTrue(prefs.number("window.width").isEmpty(), "a value that is not a number is ignored");
        assertEquals(Optional.of("DARK"), prefs.get("ui.theme"));
    }
}
