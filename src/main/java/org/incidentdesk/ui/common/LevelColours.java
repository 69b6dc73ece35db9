package org.incidentdesk.ui.common;

import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * The one mapping from a warning or incident level to the colours it is shown in, for the board, the incident
 * and the warning panel alike: the level's colour, or a neutral slate when there is none (undecided, or the
 * plan gives the level no colour); the text on it is dark where the colour is light (yellow) and white
 * elsewhere, so it stays readable.
 */
public final class LevelColours {
    public static final String NEUTRAL = "#546E7A";
    private static final String DARK_TEXT = "#1A1A1A";
    private static final String LIGHT_TEXT = "#FFFFFF";

    private LevelColours() {
    }

    public static String background(WarningLevel level) {
        return level == null || level.colour() == null ? NEUTRAL : level.colour().hex();
    }

    public static String background(WarningColour colour) {
        return colour == null ? NEUTRAL : colour.hex();
    }

    public static String background(LevelMark level) {
        return level == null ? NEUTRAL : background(level.colour());
    }

    /** A small badge with a level's label: the level's colour behind text that contrasts with it. */
    public static String badge(String backgroundHex) {
        return "-fx-background-color: " + backgroundHex + "; -fx-text-fill: " + foreground(backgroundHex)
                + "; -fx-padding: 1 6 1 6; -fx-background-radius: 3;";
    }

    /**
     * Whichever of dark and white text contrasts more with the colour (WCAG relative luminance; the two are
     * equal at 0.179): dark on yellow and orange, white on red, blue and slate.
     */
    public static String foreground(String backgroundHex) {
        return luminance(backgroundHex) > 0.179 ? DARK_TEXT : LIGHT_TEXT;
    }

    /**
     * The style of a coloured region: its background, and the looked-up colour {@code -warning-fg} that the
     * stylesheet gives to every label inside it.
     */
    public static String block(String backgroundHex) {
        return "-fx-background-color: " + backgroundHex + "; -warning-fg: " + foreground(backgroundHex) + ";";
    }

    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
