package org.incidentdesk.ui.board;

import org.incidentdesk.domain.incident.LevelMark;

/** The colours a level is shown in; an undecided level and a plan level without colour are grey. */
final class LevelStyle {
    private static final String NONE = "#9E9E9E";

    private LevelStyle() {
    }

    static String hex(LevelMark level) {
        return level == null || level.colour() == null ? NONE : level.colour().hex();
    }

    /** A card: a thick left edge and a light wash in the level's colour. */
    static String card(LevelMark level) {
        String hex = hex(level);
        return "-fx-border-color: " + hex + "; -fx-border-width: 0 0 0 6; -fx-background-color: " + hex + "22;";
    }

    /** A small badge with the level's label. */
    static String badge(LevelMark level) {
        return "-fx-background-color: " + hex(level) + "; -fx-text-fill: white; -fx-padding: 1 6 1 6;"
                + " -fx-background-radius: 3;";
    }
}
