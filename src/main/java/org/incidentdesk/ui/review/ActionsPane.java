package org.incidentdesk.ui.review;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.IsoDates;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * 整改措施: the improvement actions with owner, due date, state and the evidence that closed them; a form to add
 * one (owner a unit of the roster or a role of the plan, answering a lesson or none), and the selected open one
 * closed with its evidence (the service refuses a close without it). Its reminders come from the scheduler.
 */
final class ActionsPane {
    private final WrittenViewModel model;
    private final ReviewTexts texts;
    private final Messages messages;
    private final TableView<ImprovementAction> table = new TableView<>();

    ActionsPane(WrittenViewModel model, ReviewTexts texts) {
        this.model = model;
        this.texts = texts;
        this.messages = texts.messages();
    }

    Node build() {
        return ReviewPanes.section(table, ReviewPanes.heading(messages.get("reviewui.action.title")), table(),
                closeLine(), form());
    }

    private TableView<ImprovementAction> table() {
        table.setId("action-table");
        table.setItems(model.actions());
        table.setPlaceholder(new Label(messages.get("reviewui.action.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.wrapping(messages.get("reviewui.action.text"), 220, ImprovementAction::text),
                Tables.wrapping(messages.get("reviewui.action.owner"), 120, a -> a.owner().name()),
                Tables.text(messages.get("reviewui.action.due"), 90, a -> texts.dueDay(a.dueAt())),
                Tables.text(messages.get("reviewui.action.state"), 80, this::state),
                Tables.wrapping(messages.get("reviewui.action.evidence"), 160, a -> a.evidence() == null ? ""
                        : messages.get("reviewui.action.closedBy", a.evidence(), a.doneBy(), texts.time(a.doneAt())))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImprovementAction item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("review-late", "review-missed");
                if (!empty && item != null && item.isOpen() && item.raised() != null) {
                    getStyleClass().add(item.raised() == FollowUpStage.OVERDUE ? "review-missed" : "review-late");
                }
            }
        });
        return table;
    }

    /** Open, coming due or overdue (as the last alert said), or done. */
    private String state(ImprovementAction a) {
        return a.isOpen() && a.raised() != null ? messages.name(a.raised()) : messages.name(a.state());
    }

    private Node closeLine() {
        TextField evidence = ReviewPanes.field("action-evidence", messages.get("reviewui.action.evidencePrompt"), 0);
        Button close = new Button(messages.get("reviewui.action.close"));
        close.setId("action-close");
        Permissions.needs(close, Permission.REVIEW_WRITE);
        close.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ImprovementAction a = table.getSelectionModel().getSelectedItem();
            return a == null || !a.isOpen();
        }, table.getSelectionModel().selectedItemProperty()));
        close.setOnAction(e -> model.closeAction(table.getSelectionModel().getSelectedItem(), evidence.getText(),
                evidence::clear));
        evidence.setOnAction(e -> close.fire());
        HBox line = new HBox(6, evidence, close);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node form() {
        TextField text = ReviewPanes.field("action-text", messages.get("reviewui.action.prompt"), 24);
        ComboBox<ActionOwner> owner = new ComboBox<>(model.owners());
        owner.setId("action-owner");
        owner.setPromptText(messages.get("reviewui.action.owner"));
        owner.setConverter(Choices.named(o -> messages.get("reviewui.action.ownerChoice", o.name(), messages.name(o.kind()))));
        DatePicker due = IsoDates.picker(null);
        due.setId("action-due");
        due.setPrefWidth(130);
        ComboBox<Lesson> lesson = new ComboBox<>(model.lessons());
        lesson.setId("action-lesson");
        lesson.setPromptText(messages.get("reviewui.action.lesson"));
        lesson.setConverter(Choices.shownAs(l -> l == null ? messages.get("reviewui.action.noLesson")
                : messages.get("reviewui.lesson.line", messages.name(l.kind()), l.text())));
        lesson.setMaxWidth(220);
        Button add = new Button(messages.get("reviewui.action.add"));
        add.setId("action-add");
        Permissions.needs(add, Permission.REVIEW_WRITE);
        add.disableProperty().bind(text.textProperty().isEmpty().or(owner.valueProperty().isNull())
                .or(due.valueProperty().isNull()));
        add.setOnAction(e -> model.addAction(lesson.getValue(), text.getText(), owner.getValue(), due.getValue(), () -> {
            text.clear();
            lesson.setValue(null);
        }));
        FlowPane form = new FlowPane(6, 6, text, owner, new Label(messages.get("reviewui.action.dueOn")), due, lesson,
                add);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }
}
