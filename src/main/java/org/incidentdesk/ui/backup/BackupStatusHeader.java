package org.incidentdesk.ui.backup;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;

/** The shell's view of {@link BackupStatusViewModel}: one label in the header, red while it warns. */
public final class BackupStatusHeader {
    private static final PseudoClass WARNS = PseudoClass.getPseudoClass("warns");

    private BackupStatusHeader() {
    }

    public static Node label(BackupStatusViewModel model, Messages messages) {
        Label label = new Label(null, Icons.DATABASE.node());
        label.setId("backup-status");
        label.getStyleClass().add("backup-status");
        label.textProperty().bind(Bindings.createStringBinding(() -> model.text(messages), model.statusProperty()));
        Tooltip details = new Tooltip();
        details.textProperty().bind(Bindings.createStringBinding(() -> model.text(messages) + "\n"
                + model.details(messages), model.statusProperty()));
        label.setTooltip(details);
        label.setMinWidth(Label.USE_PREF_SIZE);
        model.statusProperty().addListener((obs, old, now) -> label.pseudoClassStateChanged(WARNS, model.warns()));
        label.pseudoClassStateChanged(WARNS, model.warns());
        return label;
    }
}
