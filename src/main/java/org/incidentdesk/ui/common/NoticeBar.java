package org.incidentdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** A short notice at the bottom of the window, with an optional action such as 撤销 (undo). */
public final class NoticeBar extends HBox {
    private static final Duration VISIBLE_FOR = Duration.seconds(10);
    private final Label text = new Label();
    private final Button action = new Button();
    private final PauseTransition hideLater = new PauseTransition(VISIBLE_FOR);

    public NoticeBar() {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        action.setId("notice-action");
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
        hideLater.playFromStart();
    }

    public void hide() {
        hideLater.stop();
        setVisible(false);
        setManaged(false);
    }
}
