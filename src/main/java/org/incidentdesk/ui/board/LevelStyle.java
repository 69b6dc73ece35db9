package org.incidentdesk.ui.board;

import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.ui.common.LevelColours;

/** Where the board puts a level's colours (from {@link LevelColours}, the one mapper): cards and badges. */
final class LevelStyle {
    private LevelStyle() {
    }

    static String hex(LevelMark level) {
        return LevelColours.background(level);
    }

    /** A card: a thick left edge and a light wash in the level's colour. */
    static String card(LevelMark level) {
        String hex = hex(level);
        return "-fx-border-color: " + hex + "; -fx-border-width: 0 0 0 6; -fx-background-color: " + hex + "22;";
    }

    /** A small badge with the level's label, its text contrasting with the colour (dark on yellow). */
    static String badge(LevelMark level) {
        return LevelColours.badge(hex(level));
    }
}
