package org.incidentdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * A short notice in the status bar, with an optional action such as 撤销 (undo). It sits in the status bar,
 * so it never covers a form field; a plain notice goes after a few seconds, one with an action stays longer.
 */
public final class NoticeBar extends HBox {
    private static final Duration PLAIN_FOR = Duration.seconds(5);
    private static final Duration WITH_ACTION_FOR = Duration.seconds(12);
    private final Label text = new Label();
    private final Button action = new Button();
    private final PauseTransition hideLater = new PauseTransition(PLAIN_FOR);

    public NoticeBar() {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("notice-text");
        text.setMaxWidth(560);
        action.setId("notice-action");
        action.getStyleClass().addAll("small", "flat");
        getChildren().addAll(text, action);
        setVisible(false);
        setManaged(false);
        hideLater.setOnFinished(e -> hide());
    }

    public void show(String message, String actionLabel, Runnable onAction) {
        text.setText(message);
        boolean hasAction = actionLabel != null && onAction != null;
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        if (hasAction) {
            action.setText(actionLabel);
            action.setOnAction(e -> {
                hide();
                onAction.run();
            });
        }
        setVisible(true);
        setManaged(true);
        hideLater.setDuration(hasAction ? WITH_ACTION_FOR : PLAIN_FOR);
        hideLater.playFromStart();
    }

    public String message() {
        return isVisible() ? text.getText() : null;
    }

    public void hide() {
        hideLater.stop();
        setVisible(false);
        setManaged(false);
    }
}
