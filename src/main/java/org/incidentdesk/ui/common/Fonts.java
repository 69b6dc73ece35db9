package org.incidentdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;
import org.incidentdesk.report.ShippedFonts;

/**
 * The fonts shipped with the program. The CJK UI font (WenQuanYi Micro Hei, Apache-2.0) makes Chinese render
 * on a desktop without CJK fonts and measure the same in headless tests. The rare-Han font (a subset of
 * HanaMinB, SIL OFL 1.1) draws names with characters of CJK Extension B and beyond (𠮷), which the UI font
 * lacks. The installed program reads them as files beside it, {@code mvn javafx:run} and tests from the jar
 * ({@link ShippedFonts}): call these off the JavaFX thread, before the first window.
 */
public final class Fonts {
    public static final String UI_FAMILY = "WenQuanYi Micro Hei";
    public static final String RARE_HAN_FAMILY = "IncidentDesk Rare Han";
    private static final String UI_FILE = "wqy-microhei.ttc";
    static final String RARE_HAN_FILE = "IncidentDeskRareHan.ttf";
    /** Written beside the user's copy of the rare-Han face: the stored hash of the face it was copied from. */
    static final String RARE_HAN_HASH_FILE = RARE_HAN_FILE + ".sha256";

    private Fonts() {
    }

    public static String loadBundled() {
        return loadBundled(ShippedFonts.fromSystemProperty());
    }

    static String loadBundled(ShippedFonts shipped) {
        Font[] fonts = load(shipped, UI_FILE);
        if (fonts == null || fonts.length == 0) {
            throw new IllegalStateException("bundled font could not be loaded: " + shipped.location(UI_FILE));
        }
        load(shipped, RARE_HAN_FILE);
        return fonts[0].getFamily();
    }

    /** From a file JavaFX reads the face in place; from a stream it first copies it to a temporary file. */
    private static Font[] load(ShippedFonts shipped, String name) {
        Optional<Path> file = shipped.file(name);
        if (file.isPresent()) {
            return Font.loadFonts(file.get().toUri().toString(), 13);
        }
        try (InputStream in = shipped.open(name)) {
            return Font.loadFonts(in, 13);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Path> installRareHanFallback(Map<String, String> environment, String osName) {
        return installRareHanFallback(environment, osName, ShippedFonts.fromSystemProperty());
    }

    /**
     * Makes the rare-Han font a fallback for every font of the window. JavaFX takes its fallback fonts from the
     * system (fontconfig on Linux), never from fonts a program loads itself, so on Linux the font is put where
     * fontconfig looks for the user's own fonts ({@code $XDG_DATA_HOME/fonts}, default
     * {@code ~/.local/share/fonts}). The copy is recognised by the shipped face's stored hash, written beside it,
     * so a start reads two short files, not the 8.5 MB face; a missing, older or different copy is replaced.
     * Windows needs nothing: it falls back to its own SimSun-ExtB. Call it before the JavaFX toolkit starts, as
     * fontconfig reads its font directories when it starts. Returns the file installed or found, empty where
     * nothing is needed.
     */
    static Optional<Path> installRareHanFallback(Map<String, String> environment, String osName,
            ShippedFonts shipped) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        Path target = userFontDirectory(environment).resolve("incidentdesk").resolve(RARE_HAN_FILE);
        Path hashFile = target.resolveSibling(RARE_HAN_HASH_FILE);
        try {
            String shippedHash = shipped.storedHash(RARE_HAN_FILE);
            if (Files.isRegularFile(target) && Files.isRegularFile(hashFile)
                    && Files.readString(hashFile, StandardCharsets.US_ASCII).strip().equals(shippedHash)) {
                return Optional.of(target);
            }
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(hashFile); // a copy without its hash is replaced at the next start if this fails
            Path partial = target.resolveSibling(RARE_HAN_FILE + ".part");
            try (InputStream in = shipped.open(RARE_HAN_FILE)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(hashFile, shippedHash + "\n", StandardCharsets.US_ASCII);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("rare-Han font not installed in " + target.getParent(), e);
        }
    }

    static Path userFontDirectory(Map<String, String> environment) {
        String dataHome = environment.get("XDG_DATA_HOME");
        if (dataHome != null && !dataHome.isBlank()) {
            return Path.of(dataHome, "fonts");
        }
        return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share", "fonts");
    }
}
