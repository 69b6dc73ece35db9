package org.incidentdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.plan.WarningColour;
import org.junit.jupiter.api.Test;

/** The one level-colour mapper: text that contrasts with each level's colour, on the board as on the panel. */
class LevelColoursTest {
    private static final String DARK = "#1A1A1A";
    private static final String WHITE = "#FFFFFF";

    @Test
    void lightColoursGetDarkTextAndDarkColoursWhite() {
        assertEquals(DARK, LevelColours.foreground(WarningColour.YELLOW.hex()), "no white on yellow");
        assertEquals(DARK, LevelColours.foreground(WarningColour.ORANGE.hex()));
        assertEquals(WHITE, LevelColours.foreground(WarningColour.RED.hex()));
        assertEquals(WHITE, LevelColours.foreground(WarningColour.BLUE.hex()));
        assertEquals(WHITE, LevelColours.foreground(LevelColours.NEUTRAL));
    }

    @Test
    void aBoardBadgeOfAYellowLevelHasDarkTextAndAnUndecidedLevelIsNeutral() {
        LevelMark yellow = new LevelMark("III", 3, "较大", WarningColour.YELLOW);
        String badge = LevelColours.badge(LevelColours.background(yellow));
        assertTrue(badge.contains("-fx-background-color: " + WarningColour.YELLOW.hex()), badge);
        assertTrue(badge.contains("-fx-text-fill: " + DARK), badge);
        assertEquals(LevelColours.NEUTRAL, LevelColours.background((LevelMark) null));
        assertEquals(LevelColours.NEUTRAL, LevelColours.background(new LevelMark("x", 9, "未定", null)));
    }
}
