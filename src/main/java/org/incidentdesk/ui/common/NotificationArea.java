package org.incidentdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The window's notifications, docked in the header instead of floating over the workspace: a popup in a corner
 * covered whatever button or field lay there (保存修改, the handover buttons, the log input) for up to 30 s. Here
 * the newest notification shows on one line with a count of those behind it; each goes after its own time, and a
 * click dismisses the one shown (the next then shows). The area keeps its height, so the workspace never moves.
 */
public final class NotificationArea extends HBox {
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private final List<Shown> shown = new ArrayList<>();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label more = new Label();
    private final Tooltip fullText = new Tooltip();
    private String dismissHint = "";

    /** One notification while it is up: removed when its time runs out or it is dismissed. */
    private record Shown(String title, String text, Node graphic, boolean urgent, PauseTransition timer) {
    }

    public NotificationArea() {
        setId("notification-area");
        getStyleClass().add("notification-area");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        title.setId("notification-title");
        title.getStyleClass().add("notification-title");
        title.setMinWidth(USE_PREF_SIZE);
        text.setId("notification-text");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        more.setId("notification-more");
        more.getStyleClass().add("notification-more");
        more.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(title, text, more);
        setOnMouseClicked(e -> dismiss());
        Tooltip.install(this, fullText);
        setMinWidth(0);
        redraw();
    }

    /** What the tooltip says under the full text (how to dismiss), in the window's language. */
    public void setDismissHint(String hint) {
        dismissHint = hint;
        redraw();
    }

    /** Shows a notification for {@code duration}, newest first; {@code urgent} ones are red. */
    public void show(String heading, String body, Node graphic, boolean urgent, Duration duration) {
        PauseTransition timer = new PauseTransition(duration);
        Shown notification = new Shown(heading, body, graphic, urgent, timer);
        timer.setOnFinished(e -> remove(notification));
        shown.addFirst(notification);
        timer.play();
        redraw();
    }

    /** Dismisses the notification shown now; the next newest, if any, takes its place. */
    public void dismiss() {
        if (!shown.isEmpty()) {
            remove(shown.getFirst());
        }
    }

    /** Takes every notification down (a language switch rebuilds the window). */
    public void clear() {
        shown.forEach(n -> n.timer().stop());
        shown.clear();
        redraw();
    }

    /** How many notifications are up, the shown one included. */
    public int count() {
        return shown.size();
    }

    /** The heading of the notification shown now, or null. */
    public String shownTitle() {
        return shown.isEmpty() ? null : shown.getFirst().title();
    }

    private void remove(Shown notification) {
        notification.timer().stop();
        shown.remove(notification);
        redraw();
    }

    private void redraw() {
        boolean any = !shown.isEmpty();
        setVisible(any);
        if (!any) {
            return;
        }
        Shown top = shown.getFirst();
        title.setText(top.title());
        title.setGraphic(top.graphic());
        text.setText(top.text());
        more.setText(shown.size() > 1 ? "+" + (shown.size() - 1) : "");
        more.setVisible(shown.size() > 1);
        fullText.setText(top.title() + "\n" + top.text() + (dismissHint.isEmpty() ? "" : "\n\n" + dismissHint));
        pseudoClassStateChanged(URGENT, top.urgent());
    }
}
