package org.incidentdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;

/** What the workspace area shows until the workspaces exist: the database opening, or why it could not. */
final class StartupPane {
    private static final double TEXT_WIDTH = 560;

    private StartupPane() {
    }

    static Node of(StartupState state, Messages messages, ShellViewModel viewModel, Runnable quit) {
        return switch (state) {
            case StartupState.Failed failed -> failed(failed, messages, viewModel, quit);
            default -> opening(messages, viewModel.dataDir());
        };
    }

    private static Node opening(Messages messages, String dataDir) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        Label title = new Label(messages.get("startup.opening"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = wrapped(messages.get("startup.opening.detail", dataDir));
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        VBox pane = centred(progress, title, detail);
        pane.setId("startup-opening");
        return pane;
    }

    private static Node failed(StartupState.Failed failed, Messages messages, ShellViewModel viewModel, Runnable quit) {
        Node icon = Icons.WARNING.node();
        icon.getStyleClass().add("startup-failed-icon");
        Label title = new Label(messages.get("startup.failed.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        Label reason = wrapped(messages.get(failed.messageKey(), failed.args().toArray()));
        reason.setId("startup-failure-text");
        Button retry = new Button(messages.get("startup.retry"));
        retry.setId("startup-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setDefaultButton(true);
        retry.setOnAction(e -> viewModel.retryStartup());
        Button exit = new Button(messages.get("startup.quit"));
        exit.setId("startup-quit");
        exit.setOnAction(e -> quit.run());
        HBox buttons = new HBox(8, retry, exit);
        buttons.setAlignment(Pos.CENTER);
        VBox pane = centred(icon, title, reason, buttons);
        pane.setId("startup-failed");
        return pane;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        return label;
    }

    private static VBox centred(Node... children) {
        VBox pane = new VBox(16, children);
        pane.setAlignment(Pos.CENTER);
        pane.setFillWidth(false);
        return pane;
    }
}
