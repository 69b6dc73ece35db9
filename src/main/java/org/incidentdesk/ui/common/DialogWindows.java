package org.incidentdesk.ui.common;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;

/**
 * Makes every dialog behave the same on a desktop with a window manager: owned by and modal to the main
 * window, styled like it, opened at its natural size (measured after its content has been laid out, so no
 * field is cut off) and centred over it, kept on the owner's screen. Nothing here touches the owner's own
 * size or state.
 */
public final class DialogWindows {
    private static final double SCREEN_MARGIN = 16;
    /** Room for the window manager's title bar, which the scene does not include. */
    private static final double TITLE_BAR = 32;

    private DialogWindows() {
    }

    /**
     * Call once, before the dialog is shown. Without {@code owner} (a view asked before it was in a scene) the
     * focused window of the application, else any shown one, owns it: an unowned dialog opened undecorated at
     * the screen's top-left corner. Only in tests without a window does it stay unowned.
     */
    public static void prepare(Dialog<?> dialog, Window requestedOwner) {
        Window owner = requestedOwner != null ? requestedOwner : activeWindow();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, event -> {
            Rectangle2D size = holdNaturalSize(dialog.getDialogPane(), owner);
            // Placed before it maps, so the window manager gets the final geometry at once.
            Rectangle2D place = centred(owner, size.getWidth(), size.getHeight() + TITLE_BAR);
            dialog.setX(place.getMinX());
            dialog.setY(place.getMinY());
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> keepCentred(dialog, owner));
    }

    /**
     * Measures the content once its styles apply and makes that its minimum, so the window can never open
     * smaller than its fields (a window manager may otherwise be handed a stale, too small size).
     */
    private static Rectangle2D holdNaturalSize(DialogPane pane, Window owner) {
        pane.applyCss();
        pane.layout();
        Rectangle2D screen = screenOf(owner);
        double width = Math.min(Math.max(pane.prefWidth(-1), pane.getPrefWidth()), screen.getWidth() - 2 * SCREEN_MARGIN);
        double height = Math.min(pane.prefHeight(width), screen.getHeight() - 2 * SCREEN_MARGIN - TITLE_BAR);
        pane.setMinSize(width, height);
        return new Rectangle2D(0, 0, width, height);
    }

    /** Where a window of this size sits centred over {@code owner} (or the screen), kept on the screen. */
    private static Rectangle2D centred(Window owner, double width, double height) {
        Rectangle2D screen = screenOf(owner);
        boolean ownerPlaced = owner != null && isSize(owner.getWidth()) && isSize(owner.getHeight());
        double centreX = ownerPlaced ? owner.getX() + owner.getWidth() / 2 : screen.getMinX() + screen.getWidth() / 2;
        double centreY = ownerPlaced ? owner.getY() + owner.getHeight() / 2 : screen.getMinY() + screen.getHeight() / 2;
        return new Rectangle2D(clamp(centreX - width / 2, screen.getMinX(), screen.getMaxX() - width),
                clamp(centreY - height / 2, screen.getMinY(), screen.getMaxY() - height), width, height);
    }

    private static boolean isSize(double value) {
        return !Double.isNaN(value) && value > 0;
    }

    /** Centres the dialog over its owner, and again if the window manager resizes it before the user moves it. */
    private static void keepCentred(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() == null || !(pane.getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        double[] placed = new double[2];
        Runnable centre = () -> {
            if (!isSize(stage.getWidth()) || !isSize(stage.getHeight())) {
                return;
            }
            Rectangle2D place = centred(owner, stage.getWidth(), stage.getHeight());
            placed[0] = place.getMinX();
            placed[1] = place.getMinY();
            stage.setX(placed[0]);
            stage.setY(placed[1]);
        };
        centre.run();
        javafx.beans.InvalidationListener recentre = obs -> {
            if (stage.getX() == placed[0] && stage.getY() == placed[1]) {
                centre.run();
            }
        };
        stage.widthProperty().addListener(recentre);
        stage.heightProperty().addListener(recentre);
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
        double wanted = Math.max(root.minHeight(scene.getWidth()), root.prefHeight(scene.getWidth()));
        if (wanted <= scene.getHeight()) {
            return;
        }
        Rectangle2D screen = screenOf(stage);
        double decorations = stage.getHeight() - scene.getHeight();
        double height = Math.min(wanted + decorations, screen.getHeight() - 2 * SCREEN_MARGIN);
        stage.setHeight(height);
        stage.setY(clamp(stage.getY(), screen.getMinY(), screen.getMaxY() - height));
    }

    private static Window activeWindow() {
        List<Window> shown = Window.getWindows().stream().filter(Window::isShowing).toList();
        return shown.stream().filter(Window::isFocused).findFirst()
                .orElse(shown.stream().filter(Stage.class::isInstance).findFirst().orElse(null));
    }

    /** A 取消 button in the window's language (JavaFX's own {@code ButtonType.CANCEL} follows the JVM's). */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static Rectangle2D screenOf(Window window) {
        if (window == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
