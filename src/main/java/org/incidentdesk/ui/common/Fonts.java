package org.incidentdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The fonts shipped with the program. The CJK UI font (WenQuanYi Micro Hei, Apache-2.0) makes Chinese render
 * on a desktop without CJK fonts and measure the same in headless tests. The rare-Han font (a subset of
 * HanaMinB, SIL OFL 1.1) draws names with characters of CJK Extension B and beyond (𠮷), which the UI font
 * lacks. Both read the jar: call them off the JavaFX thread, before the first window.
 */
public final class Fonts {
    public static final String UI_FAMILY = "WenQuanYi Micro Hei";
    public static final String RARE_HAN_FAMILY = "IncidentDesk Rare Han";
    private static final String RESOURCE = "/org/incidentdesk/fonts/wqy-microhei.ttc";
    static final String RARE_HAN_RESOURCE = "/org/incidentdesk/fonts/IncidentDeskRareHan.ttf";
    static final String RARE_HAN_FILE = "IncidentDeskRareHan.ttf";

    private Fonts() {
    }

    public static String loadBundled() {
        try (InputStream in = resource(RESOURCE)) {
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("bundled font could not be loaded: " + RESOURCE);
            }
            try (InputStream rare = resource(RARE_HAN_RESOURCE)) {
                Font.loadFont(rare, 13);
            }
            return fonts[0].getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the rare-Han font a fallback for every font of the window. JavaFX takes its fallback fonts from the
     * system (fontconfig on Linux), never from fonts a program loads itself, so on Linux the font is put where
     * fontconfig looks for the user's own fonts ({@code $XDG_DATA_HOME/fonts}, default
     * {@code ~/.local/share/fonts}), once. Windows needs nothing: it falls back to its own SimSun-ExtB. Call it
     * before the JavaFX toolkit starts, as fontconfig reads its font directories when it starts. Returns the
     * file it installed or found, empty where nothing is needed.
     */
    public static Optional<Path> installRareHanFallback(Map<String, String> environment, String osName) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        Path target = userFontDirectory(environment).resolve("incidentdesk").resolve(RARE_HAN_FILE);
        try {
            long shipped;
            try (InputStream in = resource(RARE_HAN_RESOURCE)) {
                shipped = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (Files.isRegularFile(target) && Files.size(target) == shipped) {
                return Optional.of(target);
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(RARE_HAN_FILE + ".part");
            try (InputStream in = resource(RARE_HAN_RESOURCE)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    private static InputStream resource(String name) {
        InputStream in = Fonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled font missing: " + name);
        }
        return in;
    }
}
