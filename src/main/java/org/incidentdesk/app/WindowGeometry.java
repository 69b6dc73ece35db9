package org.incidentdesk.app;

import java.util.List;
import java.util.Optional;
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
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    private WindowGeometry() {
    }

    /** The saved size, if sensible. */
    static Optional<Rectangle2D> savedSize(WorkstationPreferences prefs) {
        var width = prefs.number(WIDTH).filter(w -> w >= MIN_WIDTH);
        var height = prefs.number(HEIGHT).filter(h -> h >= MIN_HEIGHT);
        return width.isPresent() && height.isPresent()
                ? Optional.of(new Rectangle2D(0, 0, width.get(), height.get())) : Optional.empty();
    }

    /** The saved position, if the window's title bar would still be on one of {@code screens}. */
    static Optional<Rectangle2D> savedPosition(WorkstationPreferences prefs, List<Rectangle2D> screens) {
        var x = prefs.number(X);
        var y = prefs.number(Y);
        if (x.isEmpty() || y.isEmpty() || screens.stream().noneMatch(s -> s.contains(x.get() + 40, y.get() + 20))) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(x.get(), y.get(), 1, 1));
    }

    static void restore(Stage stage, WorkstationPreferences prefs, List<Rectangle2D> screens) {
        savedSize(prefs).ifPresent(size -> {
            stage.setWidth(size.getWidth());
            stage.setHeight(size.getHeight());
        });
        savedPosition(prefs, screens).ifPresent(position -> {
            stage.setX(position.getMinX());
            stage.setY(position.getMinY());
        });
        // First start: a workstation gets the whole screen.
        stage.setMaximized(prefs.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(savedSize(prefs).isEmpty()));
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
