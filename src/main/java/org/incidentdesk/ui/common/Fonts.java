package org.incidentdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the CJK font shipped with the program (WenQuanYi Micro Hei, Apache-2.0), so Chinese renders on a
 * desktop without CJK fonts and text measures the same in headless tests. Reads the jar: call it off the
 * JavaFX thread, before the first window.
 */
public final class Fonts {
    public static final String UI_FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "/org/incidentdesk/fonts/wqy-microhei.ttc";

    private Fonts() {
    }

    public static String loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + RESOURCE);
            }
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("bundled font could not be loaded: " + RESOURCE);
            }
            return fonts[0].getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
