package org.incidentdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedFontsTest {
    private static final Path ASSETS = Path.of("assets", "fonts");

    @Test
    void theStoredHashIsTheHashOfTheShippedRareHanFace() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = ShippedFonts.inJar().open("IncidentDeskRareHan.ttf")) {
            sha.update(in.readAllBytes());
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), ShippedFonts.inJar().storedHash("IncidentDeskRareHan.ttf"),
                "rebuilt the face? write its hash: sha256sum IncidentDeskRareHan.ttf > IncidentDeskRareHan.ttf.sha256");
    }

    @Test
    void facesInAFolderAreReadAsFilesAndTheLibraryNamesThem() {
        ShippedFonts files = ShippedFonts.inDirectory(ASSETS);
        FontLibrary library = new FontLibrary(List.of(), files);

        String uming = ASSETS.resolve("ar-pl-uming.ttc").toString();
        assertEquals(uming, library.choice(FontRole.FANGSONG).source());
        assertEquals(uming, library.fallbacks().getFirst().source());
        assertTrue(library.face(FontRole.KAITI).font() != null);
        assertTrue(library.rareHanFallback().font() != null);
    }

    @Test
    void withoutTheFolderTheJarResourcesServe() {
        FontLibrary library = new FontLibrary(List.of(), ShippedFonts.inJar());
        assertEquals("/org/incidentdesk/fonts/ar-pl-uming.ttc", library.choice(FontRole.FANGSONG).source());
    }

    @Test
    void aFaceMissingFromTheFolderIsReadFromTheJarAndOneMissingEverywhereIsNamed(@TempDir Path empty) throws Exception {
        ShippedFonts files = ShippedFonts.inDirectory(empty);
        assertEquals("/org/incidentdesk/fonts/IncidentDeskRareHan.ttf", files.location("IncidentDeskRareHan.ttf"));
        try (InputStream in = files.open("IncidentDeskRareHan.ttf")) {
            assertTrue(in.read() >= 0);
        }
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> files.open("no-such.ttf"));
        assertTrue(missing.getMessage().contains("no-such.ttf") && missing.getMessage().contains(empty.toString()),
                missing.getMessage());
        assertTrue(Files.isDirectory(empty));
    }
}
