package org.incidentdesk.ui.alerts;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.incidentdesk.service.escalation.RaisedAlert;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The alert list at the window's right side: one card per raised alert (what, which incident, due and how
 * late, whom it went up to) with 确认, 已完成, 呼叫名单 and 打开事件, and below it the sends that failed, each with
 * a retry.
 */
final class AlertsPanel {
    static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass ACKNOWLEDGED = PseudoClass.getPseudoClass("acknowledged");

    private final AlertsViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(8);
    private final ListView<RaisedAlert> list = new ListView<>();

    AlertsPanel(AlertsViewModel viewModel, Messages messages, Window owner, Runnable close) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        root.setId("alerts-panel");
        root.getStyleClass().add("alerts-panel");
        Label title = new Label(messages.get("alerts.heading"));
        title.getStyleClass().add("section-title");
        ToggleButton sound = new ToggleButton(messages.get("alerts.sound"));
        sound.setId("alerts-sound");
        sound.setTooltip(new Tooltip(messages.get("alerts.sound.tip")));
        sound.selectedProperty().bindBidirectional(viewModel.soundOnProperty());
        sound.getStyleClass().add(Styles.SMALL);
        Button hide = new Button(null, Icons.CLOSE.node());
        hide.setId("alerts-close");
        hide.setTooltip(new Tooltip(messages.get("alerts.close") + "  (Ctrl+Shift+A)"));
        hide.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        hide.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, sound, hide);
        head.setAlignment(Pos.CENTER_LEFT);

        list.setId("alerts-list");
        list.setItems(viewModel.alerts());
        list.setPlaceholder(new Label(messages.get("alerts.empty")));
        list.setCellFactory(l -> new AlertCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox failures = new VBox(4);
        failures.setId("alerts-failures");
        Label failuresTitle = new Label(messages.get("alerts.failures"));
        failuresTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Runnable showFailures = () -> {
            failures.getChildren().setAll(failuresTitle);
            viewModel.failures().forEach(f -> failures.getChildren().add(failureRow(f)));
            failures.setVisible(!viewModel.failures().isEmpty());
            failures.setManaged(failures.isVisible());
        };
        // built again after a language switch: listen weakly, holding the listeners on the panel itself
        javafx.collections.ListChangeListener<DeliveryFailure> failuresChanged = c -> showFailures.run();
        javafx.beans.value.ChangeListener<java.time.Instant> minutePassed = (obs, old, now) -> list.refresh();
        root.getProperties().put("listeners", List.of(failuresChanged, minutePassed));
        viewModel.failures().addListener(new javafx.collections.WeakListChangeListener<>(failuresChanged));
        viewModel.nowProperty().addListener(new javafx.beans.value.WeakChangeListener<>(minutePassed));
        showFailures.run();
        VBox followUps = new VBox(4);
        followUps.setId("alerts-followups");
        Label followUpsTitle = new Label(messages.get("followups.heading"));
        followUpsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Runnable showFollowUps = () -> {
            followUps.getChildren().setAll(followUpsTitle);
            viewModel.followUps().forEach(f -> followUps.getChildren().add(followUpCard(f)));
            followUps.setVisible(!viewModel.followUps().isEmpty());
            followUps.setManaged(followUps.isVisible());
        };
        javafx.collections.ListChangeListener<FollowUpAlert> followUpsChanged = c -> showFollowUps.run();
        javafx.beans.value.ChangeListener<java.time.Instant> followUpMinute = (obs, old, now) -> showFollowUps.run();
        root.getProperties().put("followUpListeners", List.of(followUpsChanged, followUpMinute));
        viewModel.followUps().addListener(new javafx.collections.WeakListChangeListener<>(followUpsChanged));
        viewModel.nowProperty().addListener(new javafx.beans.value.WeakChangeListener<>(followUpMinute));
        showFollowUps.run();
        root.getChildren().addAll(head, list, followUps, failures);
    }

    Node node() {
        return root;
    }

    void focus() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private Node failureRow(DeliveryFailure failure) {
        Label text = new Label(viewModel.failureText(failure));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.DANGER);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button retry = new Button(messages.get("alerts.retry"), Icons.REFRESH.node());
        retry.getStyleClass().add(Styles.SMALL);
        retry.setOnAction(e -> viewModel.retry(failure));
        HBox row = new HBox(6, text, retry);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("alert-failure");
        return row;
    }

    /** A follow-up (an improvement action, a review) coming due or overdue, with a button to open its review. */
    private Node followUpCard(FollowUpAlert alert) {
        Label kind = new Label(viewModel.followUpKindText(alert));
        kind.getStyleClass().add("alert-kind");
        kind.pseudoClassStateChanged(OVERDUE, alert.stage() == FollowUpStage.OVERDUE);
        Label incident = new Label(alert.incidentNumber() + "  " + alert.incidentTitle());
        incident.getStyleClass().add(Styles.TEXT_BOLD);
        incident.setMinWidth(0);
        HBox top = new HBox(8, kind, incident);
        top.setAlignment(Pos.CENTER_LEFT);
        Label subject = new Label(viewModel.followUpSubject(alert));
        subject.setWrapText(true);
        subject.getStyleClass().add("alert-action");
        Label detail = new Label(viewModel.followUpDetail(alert));
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        Button open = new Button(messages.get("followups.open"), Icons.OPEN.node());
        open.setId("followup-open");
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> viewModel.openReview(alert));
        VBox card = new VBox(4, top, subject, detail, open);
        card.getStyleClass().addAll("alert-card", "followup-card");
        return card;
    }

    /** One alert as a card; its buttons act on the alert of the row, whatever is selected. */
    private final class AlertCell extends ListCell<RaisedAlert> {
        @Override
        protected void updateItem(RaisedAlert alert, boolean empty) {
            super.updateItem(alert, empty);
            setText(null);
            if (empty || alert == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(alert.acknowledged() ? viewModel.kindText(alert) + " · "
                    + messages.get("alerts.acknowledged") : viewModel.kindText(alert));
            kind.getStyleClass().add("alert-kind");
            kind.pseudoClassStateChanged(OVERDUE, alert.kind() != DeadlineEventKind.REMINDED);
            kind.pseudoClassStateChanged(ACKNOWLEDGED, alert.acknowledged());
            Label incident = new Label(alert.incidentNumber() + "  " + alert.incidentTitle());
            incident.getStyleClass().add(Styles.TEXT_BOLD);
            incident.setMinWidth(0);
            HBox top = new HBox(8, kind, incident);
            top.setAlignment(Pos.CENTER_LEFT);
            Label action = wrapping(alert.actionText());
            action.getStyleClass().add("alert-action");
            Label detail = wrapping(viewModel.detailText(alert));
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            Button acknowledge = button("alert-acknowledge", "alerts.acknowledge", Icons.CHECK.node(),
                    () -> viewModel.acknowledge(alert));
            Permissions.needs(acknowledge, Permission.ALERT_ACKNOWLEDGE);
            acknowledge.setDisable(alert.acknowledged());
            acknowledge.setTooltip(new Tooltip(messages.get("alerts.acknowledge.tip")));
            Button complete = button("alert-complete", "alerts.complete", Icons.DONE.node(),
                    () -> viewModel.complete(alert));
            Permissions.needs(complete, Permission.INCIDENT_RECORD);
            complete.setTooltip(new Tooltip(messages.get("alerts.complete.tip")));
            Button calls = button("alert-calls", "alerts.calls", Icons.PHONE.node(),
                    () -> new CallListDialog(viewModel.callList(alert), owner).show());
            Permissions.needs(calls, Permission.CALL_LOG);
            Button open = button("alert-open", "alerts.open", Icons.OPEN.node(), () -> viewModel.openIncident(alert));
            HBox buttons = new HBox(6, acknowledge, complete, calls, open);
            VBox card = new VBox(4, top, action, detail, buttons);
            card.getStyleClass().add("alert-card");
            card.setMaxWidth(Double.MAX_VALUE);
            setGraphic(card);
        }

        /** A label that wraps within the list's width (a list cell otherwise lays it out on one line). */
        private Label wrapping(String text) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            return label;
        }

        private Button button(String id, String key, Node icon, Runnable action) {
            Button b = new Button(messages.get(key), icon);
            b.setId(id);
            b.getStyleClass().add(Styles.SMALL);
            b.setOnAction(e -> action.run());
            return b;
        }
    }
}
