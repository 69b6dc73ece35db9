package org.incidentdesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Makes every dialog behave the same on a desktop with a window manager: owned by and modal to the main
 * window, styled like it, opened at its natural size (measured after its content has been laid out, so no
 * field is cut off) and centred over it, kept on the owner's screen. Nothing here touches the owner's own
 * size or state.
 */
public final class DialogWindows {
    private static final double SCREEN_MARGIN = 16;

    private DialogWindows() {
    }

    /** Call once, before the dialog is shown; {@code owner} may be null in tests without a window. */
    public static void prepare(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> fitAndCentre(dialog, owner));
    }

    private static void fitAndCentre(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() == null || !(pane.getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        pane.applyCss();
        pane.layout();
        stage.sizeToScene();
        Rectangle2D screen = screenOf(owner == null ? stage : owner);
        double maxWidth = screen.getWidth() - 2 * SCREEN_MARGIN;
        double maxHeight = screen.getHeight() - 2 * SCREEN_MARGIN;
        stage.setWidth(Math.min(stage.getWidth(), maxWidth));
        stage.setHeight(Math.min(stage.getHeight(), maxHeight));
        stage.setMinWidth(Math.min(pane.minWidth(-1), maxWidth));
        stage.setMinHeight(Math.min(pane.minHeight(-1), maxHeight));
        double centreX = owner == null ? screen.getMinX() + screen.getWidth() / 2 : owner.getX() + owner.getWidth() / 2;
        double centreY = owner == null ? screen.getMinY() + screen.getHeight() / 2 : owner.getY() + owner.getHeight() / 2;
        stage.setX(clamp(centreX - stage.getWidth() / 2, screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        stage.setY(clamp(centreY - stage.getHeight() / 2, screen.getMinY(), screen.getMaxY() - stage.getHeight()));
    }

    /**
     * Grows the dialog holding {@code node} when its content no longer fits (an error line appeared), so the
     * buttons are never pushed out of the window; it never shrinks what the user sized.
     */
    public static void growToFit(Node node) {
        Scene scene = node.getScene();
        if (scene == null || !(scene.getWindow() instanceof Stage stage) || !stage.isShowing()
                || stage.getOwner() == null) {
            return;
        }
        Parent root = scene.getRoot();
        root.applyCss();
        double wanted = root.prefHeight(scene.getWidth());
        if (wanted <= scene.getHeight()) {
            return;
        }
        Rectangle2D screen = screenOf(stage);
        double decorations = stage.getHeight() - scene.getHeight();
        double height = Math.min(wanted + decorations, screen.getHeight() - 2 * SCREEN_MARGIN);
        stage.setHeight(height);
        stage.setY(clamp(stage.getY(), screen.getMinY(), screen.getMaxY() - height));
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
