package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowGeometryTest {
    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1040));

    @TempDir
    Path dataDir;

    private WorkstationPreferences prefs(String x, String y, String width, String height) {
        WorkstationPreferences prefs = WorkstationPreferences.load(dataDir);
        prefs.put("window.x", x);
        prefs.put("window.y", y);
        prefs.put("window.width", width);
        prefs.put("window.height", height);
        return prefs;
    }

    @Test
    void aWindowOnTheScreenComesBackWhereItWas() {
        WorkstationPreferences prefs = prefs("200", "100", "1200", "800");
        assertEquals(new Rectangle2D(200, 100, 1, 1), WindowGeometry.savedPosition(prefs, ONE_SCREEN).orElseThrow());
        assertEquals(1200, WindowGeometry.savedSize(prefs).orElseThrow().getWidth());
    }

    @Test
    void aPositionOnAScreenThatIsGoneIsIgnored() {
        WorkstationPreferences prefs = prefs("2500", "100", "1200", "800");
        assertTrue(WindowGeometry.savedPosition(prefs, ONE_SCREEN).isEmpty(), "the second monitor was unplugged");
    }

    @Test
    void aTinyOrDamagedSizeIsIgnored() {
        assertTrue(WindowGeometry.savedSize(prefs("0", "0", "100", "800")).isEmpty());
        assertTrue(WindowGeometry.savedSize(prefs("0", "0", "wide", "800")).isEmpty());
    }
}
