package org.incidentdesk.ui.review;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.Tables;

/**
 * 责任追究: who, what they did or failed to do, which scored deadline it concerns (the late and missed rows of the
 * score) and the decision taken.
 */
final class AccountabilityPane {
    private final WrittenViewModel model;
    private final ReviewDetailViewModel review;
    private final ReviewTexts texts;
    private final Messages messages;
    private final TableView<Accountability> table = new TableView<>();

    AccountabilityPane(WrittenViewModel model, ReviewDetailViewModel review) {
        this.model = model;
        this.review = review;
        this.texts = review.texts();
        this.messages = texts.messages();
    }

    Node build() {
        table.setId("accountability-table");
        table.setItems(model.accountability());
        table.setPlaceholder(new Label(messages.get("reviewui.accountability.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("reviewui.accountability.person"), 100, Accountability::person),
                Tables.wrapping(messages.get("reviewui.accountability.conduct"), 200, Accountability::conduct),
                Tables.wrapping(messages.get("reviewui.accountability.deadline"), 160, a -> deadline(a.deadlineId())),
                Tables.wrapping(messages.get("reviewui.accountability.decision"), 160, Accountability::decision)));
        return ReviewPanes.section(table, ReviewPanes.heading(messages.get("reviewui.accountability.title")), table,
                form());
    }

    private String deadline(Long deadlineId) {
        if (deadlineId == null) {
            return "—";
        }
        return review.scored().stream().filter(r -> r.deadlineId() == deadlineId).findFirst().map(this::row)
                .orElse("#" + deadlineId);
    }

    private String row(ScoredDeadline r) {
        return messages.get("reviewui.accountability.row", r.act(), texts.outcome(r.outcome()), texts.delay(r));
    }

    private Node form() {
        TextField person = field("accountability-person", "reviewui.accountability.person", 8);
        TextField conduct = field("accountability-conduct", "reviewui.accountability.conduct", 18);
        TextField decision = field("accountability-decision", "reviewui.accountability.decision", 14);
        ComboBox<ScoredDeadline> deadline = new ComboBox<>();
        deadline.setId("accountability-deadline");
        deadline.setPromptText(messages.get("reviewui.accountability.deadline"));
        deadline.setConverter(Choices.shownAs(r -> r == null ? messages.get("reviewui.accountability.noDeadline") : row(r)));
        deadline.setMaxWidth(260);
        deadline.setOnShowing(e -> deadline.getItems().setAll(review.scored().stream()
                .filter(r -> r.outcome() == org.incidentdesk.domain.review.DeadlineOutcome.LATE
                        || r.outcome() == org.incidentdesk.domain.review.DeadlineOutcome.MISSED).toList()));
        Button add = new Button(messages.get("reviewui.accountability.add"));
        add.setId("accountability-add");
        add.disableProperty().bind(person.textProperty().isEmpty().or(conduct.textProperty().isEmpty()));
        add.setOnAction(e -> model.addAccountability(person.getText(), conduct.getText(),
                deadline.getValue() == null ? null : deadline.getValue().deadlineId(), decision.getText(), () -> {
                    person.clear();
                    conduct.clear();
                    decision.clear();
                    deadline.setValue(null);
                }));
        FlowPane form = new FlowPane(6, 6, person, conduct, deadline, decision, add);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private TextField field(String id, String promptKey, int columns) {
        return ReviewPanes.field(id, messages.get(promptKey), columns);
    }
}
