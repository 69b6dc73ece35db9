package org.incidentdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.report.ShippedFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontsRareHanTest {
    private static final Path ASSETS = Path.of("assets", "fonts");
    private static final ShippedFonts FILES = ShippedFonts.inDirectory(ASSETS);

    @Test
    void theFirstStartCopiesTheFaceAndItsHashIntoTheUsersFontFolder(@TempDir Path dataHome) throws Exception {
        Optional<Path> copy = Fonts.installRareHanFallback(Map.of("XDG_DATA_HOME", dataHome.toString()), "Linux", FILES);

        Path expected = dataHome.resolve("fonts/incidentdesk/IncidentDeskRareHan.ttf");
        assertEquals(Optional.of(expected), copy);
        assertArrayEquals(Files.readAllBytes(ASSETS.resolve("IncidentDeskRareHan.ttf")), Files.readAllBytes(expected));
        assertEquals(FILES.storedHash("IncidentDeskRareHan.ttf"),
                Files.readString(expected.resolveSibling("IncidentDeskRareHan.ttf.sha256"), StandardCharsets.US_ASCII).strip());
    }

    @Test
    void aCopyWithTheSameStoredHashIsLeftAloneWithoutReadingItsBytes(@TempDir Path dataHome) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", dataHome.toString());
        Path copy = Fonts.installRareHanFallback(env, "Linux", FILES).orElseThrow();
        Files.writeString(copy, "stand-in"); // only the hash file is compared: this proves the face is not read

        Fonts.installRareHanFallback(env, "Linux", FILES);

        assertEquals("stand-in", Files.readString(copy));
    }

    @Test
    void aCopyOfAnotherVersionOrWithoutItsHashIsReplaced(@TempDir Path dataHome) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", dataHome.toString());
        Path copy = Fonts.installRareHanFallback(env, "Linux", FILES).orElseThrow();
        Path hash = copy.resolveSibling("IncidentDeskRareHan.ttf.sha256");
        Files.writeString(copy, "older face");
        Files.writeString(hash, "0000\n");

        Fonts.installRareHanFallback(env, "Linux", FILES);
        assertEquals(Files.size(ASSETS.resolve("IncidentDeskRareHan.ttf")), Files.size(copy));

        Files.writeString(copy, "copied by an older version");
        Files.delete(hash);
        Fonts.installRareHanFallback(env, "Linux", FILES);
        assertEquals(Files.size(ASSETS.resolve("IncidentDeskRareHan.ttf")), Files.size(copy));
        assertTrue(Files.exists(hash));
    }

    @Test
    void windowsNeedsNoCopy(@TempDir Path dataHome) {
        assertEquals(Optional.empty(),
                Fonts.installRareHanFallback(Map.of("XDG_DATA_HOME", dataHome.toString()), "Windows 11", FILES));
    }
}
