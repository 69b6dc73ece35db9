package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void windowsUsesLocalAppData() {
        Path dir = DataDirectory.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", "C:/Users/op/AppData/Local"), "C:/Users/op");
        assertEquals(Path.of("C:/Users/op/AppData/Local", "IncidentDesk"), dir);
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertEquals(Path.of("/data/xdg/incidentdesk"),
                DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/op"));
        assertEquals(Path.of("/home/op/.local/share/incidentdesk"), DataDirectory.resolve(null, "Linux", Map.of(), "/home/op"));
        assertEquals(Path.of("/home/op/.local/share/incidentdesk"),
                DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative/dir"), "/home/op"),
                "the XDG spec says a relative XDG_DATA_HOME is ignored");
    }

    @Test
    void theOverrideWinsEverywhere() {
        assertEquals(Path.of("/tmp/x").toAbsolutePath(),
                DataDirectory.resolve(Path.of("/tmp/x"), "Windows 10", Map.of("LOCALAPPDATA", "C:/y"), "C:/z"));
    }
}
