package org.incidentdesk.ui.warning;

import javafx.css.PseudoClass;
import org.incidentdesk.ui.common.LevelColours;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * One warning as a large block in its level's colour: the level, its number, scope, since when, who issued it
 * in which role, the incidents behind it (each opens on the board), how many units have confirmed receipt, and
 * for a warning waiting for approval the mark and the 批准 action.
 */
final class WarningBlock extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final double WIDTH = 300;

    private final WarningCard card;
    private final Label since = new Label();
    private final WarningsViewModel model;

    WarningBlock(WarningsViewModel model, WarningCard card) {
        super(6);
        this.model = model;
        this.card = card;
        Messages messages = model.messages();
        setId("warning-block-" + card.warning().number());
        getStyleClass().add("warning-block");
        setStyle(LevelColours.block(card.colour()));
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);

        Label level = new Label(messages.get("warningui.block.level", model.levelText(card)));
        level.getStyleClass().add("warning-level");
        level.setId("warning-level-" + card.warning().number());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label number = new Label(card.warning().number());
        number.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(8, level, spacer, number);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        if (card.pendingApproval()) {
            Label pending = new Label(messages.get("warningui.block.pending"));
            pending.getStyleClass().add("warning-pending");
            Button approve = new Button(messages.get("warningui.approve"));
            approve.setId("warning-approve-" + card.warning().number());
            Permissions.needs(approve, Permission.WARNING_APPROVE);
            approve.setOnAction(e -> model.approve(card));
            HBox line = new HBox(8, pending, approve);
            line.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(line);
        }
        getChildren().add(wrapped(messages.get("warningui.block.scope", card.warning().scope())));
        since.setWrapText(true);
        getChildren().add(since);
        getChildren().add(wrapped(messages.get("warningui.block.issuer", card.issuerRoleName(),
                card.warning().issuedBy() == null ? "" : card.warning().issuedBy())));
        FlowPane incidents = new FlowPane(4, 2);
        incidents.getChildren().add(new Label(messages.get("warningui.block.incidents")));
        for (IncidentRef incident : card.incidents()) {
            Hyperlink link = new Hyperlink(incident.toString());
            link.setId("warning-incident-" + incident.number());
            link.setOnAction(e -> {
                model.openIncident(incident);
                if (getScene() != null && getScene().lookup("#nav-" + BoardWorkspace.ID) instanceof ButtonBase nav) {
                    nav.fire();
                }
            });
            link.setWrapText(true);
            link.setMaxWidth(WIDTH - 28);
            incidents.getChildren().add(link);
        }
        getChildren().add(incidents);
        getChildren().add(new Label(messages.get("warningui.block.notices", card.acknowledgedCount(),
                card.notices().size())));
        refreshSince();
        setOnMouseClicked(e -> model.selectedIdProperty().set(card.id()));
    }

    void refreshSince() {
        since.setText(model.messages().get("warningui.block.since", model.sinceText(card)));
    }

    void showSelected(Long selectedId) {
        pseudoClassStateChanged(SELECTED, selectedId != null && selectedId == card.id());
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
