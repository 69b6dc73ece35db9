package org.incidentdesk.ui.board;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Permissions;

/**
 * 口径与关键词: every version of the incident's statements with its approval state, the chosen version's text
 * (read-only once settled) with the leaders' decisions on it, the steps of the approval (draft, change, submit,
 * approve or return, release), and the monitoring keywords as removable chips.
 */
final class StatementsTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final ListView<Statement> statements = new ListView<>();
    private final TextArea chosenText = new TextArea();
    private final Label frozen = new Label();
    private final ListView<String> decisions = new ListView<>();
    private final FlowPane keywords = new FlowPane(6, 6);
    private IncidentDetail shown;

    StatementsTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        statements.setId("detail-statements");
        statements.setCellFactory(DetailPanes.textCells(model.texts()::statement));
        statements.setPrefHeight(120);
        statements.setMinHeight(110);
        chosenText.setId("statement-chosen");
        chosenText.setEditable(false);
        chosenText.setWrapText(true);
        chosenText.setPrefRowCount(3);
        chosenText.setMinHeight(60);
        frozen.setId("statement-frozen");
        frozen.setWrapText(true);
        frozen.getStyleClass().add("text-muted");
        frozen.managedProperty().bind(frozen.visibleProperty());
        frozen.setVisible(false);
        decisions.setId("statement-decisions");
        decisions.setPrefHeight(70);
        decisions.setMinHeight(60);
        statements.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> showChosen(chosen));

        TextArea draft = new TextArea();
        draft.setId("statement-text");
        draft.setPrefRowCount(3);
        draft.setWrapText(true);
        Button add = new Button(messages.get("board.statement.draft"));
        add.setId("statement-draft");
        Permissions.needs(add, Permission.STATEMENT_DRAFT);
        add.setOnAction(e -> {
            model.draftStatement(draft.getText());
            draft.clear();
        });
        ObjectProperty<Statement> chosen = new javafx.beans.property.SimpleObjectProperty<>();
        chosen.bind(statements.getSelectionModel().selectedItemProperty());
        Button revise = button("statement-revise", "board.statement.revise",
                in(chosen, StatementStatus.DRAFT, StatementStatus.APPROVED, StatementStatus.RETURNED,
                        StatementStatus.RELEASED, StatementStatus.SUPERSEDED),
                () -> {
                    model.reviseStatement(chosen.get().id(), draft.getText());
                    draft.clear();
                });
        Button submit = button("statement-submit", "board.statement.submit", in(chosen, StatementStatus.DRAFT),
                () -> model.submitStatement(chosen.get().id()));
        Permissions.needs(revise, Permission.STATEMENT_DRAFT);
        Permissions.needs(submit, Permission.STATEMENT_SUBMIT);
        Button decide = button("statement-decide", "board.statement.approve", in(chosen, StatementStatus.SUBMITTED),
                () -> new StatementDecisionDialog(messages).ask(statements.getScene().getWindow(), chosen.get())
                        .ifPresent(d -> model.decideStatement(chosen.get().id(), d.decision(), d.comment())));
        Permissions.needs(decide, Permission.STATEMENT_APPROVE);
        decide.setText(messages.get("board.statement.approve") + " / " + messages.get("board.statement.return"));
        Button release = button("statement-release", "board.statement.release", in(chosen, StatementStatus.APPROVED),
                () -> model.releaseStatement(chosen.get().id()));
        Permissions.needs(release, Permission.STATEMENT_RELEASE);

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
        FlowPane steps = new FlowPane(6, 6, submit, decide, release);
        // the versions, the chosen text, its decisions and the draft do not fit a small screen at once: it scrolls
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(DetailPanes.section(statements,
                statements, steps, chosenText, frozen, new Label(messages.get("board.statement.versions")), decisions,
                draft, new HBox(6, add, revise), new Label(messages.get("field.keyword")), keywords,
                new HBox(6, keyword, addKeyword)));
        scroll.setFitToWidth(true);
        return DetailPanes.tab("statements", messages.get("board.tab.statements"), scroll);
    }

    private Button button(String id, String key, BooleanBinding enabled, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.disableProperty().bind(enabled.not());
        button.setOnAction(e -> action.run());
        return button;
    }

    /** True while the chosen version stands in one of {@code states}. */
    private static BooleanBinding in(ObjectProperty<Statement> chosen, StatementStatus... states) {
        List<StatementStatus> allowed = List.of(states);
        return Bindings.createBooleanBinding(() -> chosen.get() != null && allowed.contains(chosen.get().status()),
                chosen);
    }

    @Override
    public void show(IncidentDetail detail) {
        shown = detail;
        Long chosenId = statements.getSelectionModel().getSelectedItem() == null ? null
                : statements.getSelectionModel().getSelectedItem().id();
        statements.getItems().setAll(detail.statements());
        if (chosenId != null) {
            detail.statements().stream().filter(s -> s.id() == chosenId).findFirst()
                    .ifPresent(s -> statements.getSelectionModel().select(s));
        }
        showChosen(statements.getSelectionModel().getSelectedItem());
        keywords.getChildren().setAll(detail.keywords().stream().map(k -> keywordChip(k.keyword())).toList());
    }

    /** The chosen version's text, whether it is settled, and every decision on the versions of its statement. */
    private void showChosen(Statement chosen) {
        if (chosen == null || shown == null) {
            chosenText.clear();
            frozen.setVisible(false);
            decisions.getItems().clear();
            return;
        }
        chosenText.setText(chosen.text());
        frozen.setText(messages.get("board.statement.frozen"));
        frozen.setVisible(chosen.status().frozen());
        decisions.getItems().setAll(shown.statements().stream()
                .filter(s -> s.lineageId() == chosen.lineageId())
                .flatMap(s -> shown.reviewsOf(s.id()).stream().map(r -> model.texts().statementReview(s, r)))
                .toList());
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
