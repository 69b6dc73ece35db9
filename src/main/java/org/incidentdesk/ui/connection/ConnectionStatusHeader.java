package org.incidentdesk.ui.connection;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.incidentdesk.domain.common.ConnectionState;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;

/**
 * The shell's view of {@link ConnectionStatusViewModel}: a label in the header (red while the link is lost, amber
 * while reconnecting) and, under the header, a banner on every workspace — the board among them — saying that what
 * it shows may be stale; the banner takes no room while connected.
 */
public final class ConnectionStatusHeader {
    private static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");
    private static final PseudoClass RECONNECTING = PseudoClass.getPseudoClass("reconnecting");

    private ConnectionStatusHeader() {
    }

    public static Node label(ConnectionStatusViewModel model, Messages messages) {
        Label label = new Label(null, Icons.DATABASE.node());
        label.setId("connection-status");
        label.getStyleClass().add("connection-status");
        label.textProperty().bind(Bindings.createStringBinding(() -> model.text(messages), model.stateProperty()));
        label.setTooltip(new Tooltip(model.database()));
        label.setMinWidth(Label.USE_PREF_SIZE);
        model.stateProperty().addListener((obs, old, now) -> mark(label, now));
        mark(label, model.stateProperty().get());
        return label;
    }

    public static Node banner(ConnectionStatusViewModel model, Messages messages) {
        Label banner = new Label();
        banner.setId("connection-stale");
        banner.getStyleClass().add("connection-stale");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> model.staleWarning(messages),
                model.stateProperty()));
        banner.visibleProperty().bind(Bindings.createBooleanBinding(model::mayBeStale, model.stateProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static void mark(Label label, ConnectionState state) {
        label.pseudoClassStateChanged(LOST, state == ConnectionState.LOST);
        label.pseudoClassStateChanged(RECONNECTING, state == ConnectionState.RECONNECTING);
    }
}
