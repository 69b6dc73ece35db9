package org.incidentdesk.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.incidentdesk.service.settings.WorkstationPreferences;

/** Remembers the window's size and position; a saved position off every screen is ignored. */
final class WindowGeometry {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowGeometry() {
    }

    static void restore(Stage stage, WorkstationPreferences prefs, List<Rectangle2D> screens) {
        var width = prefs.number(WIDTH).filter(w -> w >= 640);
        var height = prefs.number(HEIGHT).filter(h -> h >= 480);
        var x = prefs.number(X);
        var y = prefs.number(Y);
        if (width.isPresent() && height.isPresent()) {
            stage.setWidth(width.get());
            stage.setHeight(height.get());
        }
        if (x.isPresent() && y.isPresent() && screens.stream().anyMatch(s -> s.contains(x.get() + 40, y.get() + 20))) {
            stage.setX(x.get());
            stage.setY(y.get());
        }
        stage.setMaximized(prefs.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
    }

    static void capture(Stage stage, WorkstationPreferences prefs) {
        prefs.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !Double.isNaN(stage.getX())) {
            prefs.put(X, Double.toString(stage.getX()));
            prefs.put(Y, Double.toString(stage.getY()));
            prefs.put(WIDTH, Double.toString(stage.getWidth()));
            prefs.put(HEIGHT, Double.toString(stage.getHeight()));
        }
    }
}
