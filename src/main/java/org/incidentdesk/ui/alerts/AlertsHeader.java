package org.incidentdesk.ui.alerts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.HeaderItem;

/**
 * The header's "提醒 N" button: N, on a badge that turns red while any alert waits, counts the alerts not yet
 * acknowledged. It (and Ctrl+Shift+A) opens and closes the alert list, laid over the workspace's right edge so
 * the workspace keeps its width.
 */
public final class AlertsHeader implements HeaderItem {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AlertsViewModel viewModel;

    public AlertsHeader(AlertsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public Node build(Messages messages, DialogService dialogs, SidePanel side, Scene scene) {
        viewModel.useDialogs(messages, dialogs);
        Window owner = scene.getWindow();
        AlertsPanel panel = new AlertsPanel(viewModel, messages, owner, side::hide);
        Label badge = new Label();
        badge.setId("alerts-badge");
        badge.getStyleClass().add("alert-badge");
        badge.textProperty().bind(viewModel.unacknowledgedProperty().asString());
        badge.pseudoClassStateChanged(AlertsPanel.WAITING, viewModel.unacknowledgedProperty().get() > 0);
        // the header is built again after a language switch: the old badge must not stay referenced
        javafx.beans.value.ChangeListener<Number> waiting = (obs, old, n) ->
                badge.pseudoClassStateChanged(AlertsPanel.WAITING, n.intValue() > 0);
        badge.getProperties().put("waiting-listener", waiting);
        viewModel.unacknowledgedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(waiting));
        HBox graphic = new HBox(6, Icons.BELL.node(), new Label(messages.get("alerts.title")), badge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button(null, graphic);
        button.setId("alerts-button");
        button.setTooltip(new Tooltip(messages.get("alerts.button.tip")));
        button.getStyleClass().add(Styles.FLAT);
        button.accessibleTextProperty().bind(viewModel.unacknowledgedProperty().map(
                n -> messages.get("alerts.button", n)));
        Runnable toggle = () -> {
            if (side.shown() == panel.node()) {
                side.hide();
            } else {
                side.show(panel.node());
                panel.focus();
            }
        };
        button.setOnAction(e -> toggle.run());
        scene.getAccelerators().put(SHORTCUT, toggle);
        return button;
    }
}
