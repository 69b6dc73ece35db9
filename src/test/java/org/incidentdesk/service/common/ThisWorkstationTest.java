package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThisWorkstationTest {
    @Test
    void theHostNameComesFromTheEnvironmentThenTheFirstReadableFileThenLocalhost(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing");
        Path hostname = Files.writeString(dir.resolve("hostname"), "office-pc-07\n");

        assertEquals("WIN-DESK", ThisWorkstation.hostName(Map.of("COMPUTERNAME", "WIN-DESK", "HOSTNAME", "x"),
                List.of(hostname)));
        assertEquals("office-pc-07", ThisWorkstation.hostName(Map.of("HOSTNAME", " "), List.of(missing, hostname)));
        assertEquals("localhost", ThisWorkstation.hostName(Map.of(), List.of(missing)));
    }
}
