package org.incidentdesk.ui.audit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.IsoDates;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The audit viewer: a filter bar (person, subject, from, to), the entries as a table, export and verify. */
final class AuditView implements WorkspaceView {
    private final BorderPane root = new BorderPane();

    AuditView(AuditViewModel model) {
        Messages m = model.messages();
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.setPromptText(m.get("auditui.actor"));
        actor.textProperty().bindBidirectional(model.actorProperty());
        TextField subject = new TextField();
        subject.setId("audit-subject");
        subject.setPromptText(m.get("auditui.subject"));
        subject.textProperty().bindBidirectional(model.subjectProperty());
        DatePicker from = IsoDates.picker(null);
        from.setId("audit-from");
        from.setPromptText(m.get("auditui.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDates.picker(null);
        to.setId("audit-to");
        to.setPromptText(m.get("auditui.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button(m.get("auditui.search"), Icons.MAGNIFY.node());
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        Button export = new Button(m.get("auditui.export"), Icons.EXPORT.node());
        export.setId("audit-export");
        Permissions.needs(export, Permission.AUDIT_EXPORT);
        export.setOnAction(e -> model.export());
        Button verify = new Button(m.get("auditui.verify"), Icons.AUDIT.node());
        verify.setId("audit-verify");
        verify.setOnAction(e -> model.verify());
        HBox filters = new HBox(8, actor, subject, from, to, search, export, verify);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        TableView<AuditViewModel.Line> table = new TableView<>(model.lines());
        table.setId("audit-table");
        table.getColumns().add(Tables.text(m.get("auditui.seq"), 70, l -> String.valueOf(l.seq())));
        table.getColumns().add(Tables.text(m.get("auditui.time"), 150, AuditViewModel.Line::time));
        table.getColumns().add(Tables.text(m.get("auditui.actorColumn"), 100, AuditViewModel.Line::actor));
        table.getColumns().add(Tables.text(m.get("auditui.action"), 150, AuditViewModel.Line::action));
        table.getColumns().add(Tables.text(m.get("auditui.outcome"), 110, AuditViewModel.Line::outcome));
        table.getColumns().add(Tables.text(m.get("auditui.subjectColumn"), 130, AuditViewModel.Line::subject));
        table.getColumns().add(Tables.wrapping(m.get("auditui.changes"), 420, AuditViewModel.Line::changes));
        table.setPlaceholder(new Label(m.get("auditui.none")));
        HBox.setHgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 8, 8));

        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(status);
    }

    @Override
    public Node root() {
        return root;
    }
}
