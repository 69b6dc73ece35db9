package org.incidentdesk.ui.board;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** 口径与关键词: drafted statements, the agreed wording, and the monitoring keywords as removable chips. */
final class StatementsTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final ListView<Statement> statements = new ListView<>();
    private final FlowPane keywords = new FlowPane(6, 6);

    StatementsTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        statements.setId("detail-statements");
        statements.setCellFactory(DetailPanes.textCells(model.texts()::statement));
        TextArea draft = new TextArea();
        draft.setId("statement-text");
        draft.setPrefRowCount(3);
        Button add = new Button(messages.get("board.statement.draft"));
        add.setId("statement-draft");
        Permissions.needs(add, Permission.STATEMENT_DRAFT);
        add.setOnAction(e -> {
            model.draftStatement(draft.getText());
            draft.clear();
        });
        Button agree = new Button(messages.get("board.statement.agree"));
        agree.setId("statement-agree");
        Permissions.needs(agree, Permission.STATEMENT_APPROVE);
        agree.disableProperty().bind(statements.getSelectionModel().selectedItemProperty().isNull());
        agree.setOnAction(e -> model.agreeStatement(statements.getSelectionModel().getSelectedItem().id()));
        Button release = new Button(messages.get("board.statement.release"));
        release.setId("statement-release");
        Permissions.needs(release, Permission.STATEMENT_RELEASE);
        release.disableProperty().bind(statements.getSelectionModel().selectedItemProperty().isNull());
        release.setOnAction(e -> model.releaseStatement(statements.getSelectionModel().getSelectedItem().id()));
        TextField keyword = new TextField();
        keyword.setId("keyword-text");
        keyword.setPromptText(messages.get("field.keyword"));
        Button addKeyword = new Button(messages.get("board.keyword.add"));
        addKeyword.setId("keyword-add");
        Permissions.needs(addKeyword, Permission.INCIDENT_EDIT);
        addKeyword.setOnAction(e -> {
            model.addKeyword(keyword.getText());
            keyword.clear();
        });
        return DetailPanes.tab("statements", messages.get("board.tab.statements"), DetailPanes.section(statements,
                statements, draft, new HBox(6, add, agree, release), new Label(messages.get("field.keyword")), keywords,
                new HBox(6, keyword, addKeyword)));
    }

    @Override
    public void show(IncidentDetail detail) {
        statements.getItems().setAll(detail.statements());
        keywords.getChildren().setAll(detail.keywords().stream().map(k -> keywordChip(k.keyword())).toList());
    }

    private Node keywordChip(String keyword) {
        Label text = new Label(keyword);
        Button remove = new Button("×");
        remove.getStyleClass().addAll("flat", "small");
        remove.setId("keyword-remove-" + keyword);
        remove.setAccessibleText(messages.get("board.keyword.remove", keyword));
        remove.setTooltip(new Tooltip(messages.get("board.keyword.remove", keyword)));
        remove.setOnAction(e -> model.removeKeyword(keyword));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("board-keyword");
        return chip;
    }
}
