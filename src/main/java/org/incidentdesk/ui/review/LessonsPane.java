package org.incidentdesk.ui.review;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.ReconstructedTimeline.ReviewEntry;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * 成功经验 / 暴露问题: the lessons, each with the timeline entries it is about, a form to add one (its entries chosen
 * from the timeline, several with Ctrl or Shift), and from the selected lesson a proposed change of the plan.
 */
final class LessonsPane {
    private final WrittenViewModel model;
    private final ReviewDetailViewModel review;
    private final ReviewTexts texts;
    private final Messages messages;
    private final ListView<Lesson> lessons = new ListView<>();
    private final ObservableList<ReviewEntry> entries = FXCollections.observableArrayList();

    LessonsPane(WrittenViewModel model, ReviewDetailViewModel review) {
        this.model = model;
        this.review = review;
        this.texts = review.texts();
        this.messages = texts.messages();
    }

    Node build() {
        lessons.setId("lesson-list");
        lessons.setItems(model.lessons());
        lessons.setPlaceholder(new Label(messages.get("reviewui.lesson.none")));
        lessons.setCellFactory(ReviewPanes.wrappingCells(this::lessonText));
        VBox left = ReviewPanes.section(lessons, ReviewPanes.heading(messages.get("reviewui.lesson.title")), lessons,
                lessonActions(), proposal());
        SplitPane split = new SplitPane(left, form());
        split.setDividerPositions(0.5);
        review.detailProperty().addListener((o, a, d) -> entries.setAll(d == null ? List.of() : d.timeline().entries()));
        return split;
    }

    private String lessonText(Lesson lesson) {
        List<String> about = lesson.entryIds().stream().map(this::entryText).toList();
        return messages.get("reviewui.lesson.line", messages.name(lesson.kind()), lesson.text())
                + (about.isEmpty() ? "" : "\n" + messages.get("reviewui.lesson.about", String.join("\n", about)));
    }

    private String entryText(long entryId) {
        return entries.stream().filter(e -> e.entry().id() == entryId).findFirst()
                .map(e -> "  · " + texts.entry(e.entry())).orElse("  · #" + entryId);
    }

    private Node lessonActions() {
        Button delete = new Button(messages.get("reviewui.lesson.delete"));
        delete.setId("lesson-delete");
        Permissions.needs(delete, Permission.REVIEW_WRITE);
        delete.disableProperty().bind(lessons.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteLesson(lessons.getSelectionModel().getSelectedItem()));
        return new HBox(6, delete);
    }

    /** 提出预案修订 from the selected lesson: what part of the plan, the change in words. */
    private Node proposal() {
        ComboBox<RevisionKind> kind = ReviewPanes.choice("proposal-kind", RevisionKind.values(), RevisionKind.DEADLINE,
                messages);
        TextField change = ReviewPanes.field("proposal-change", messages.get("reviewui.proposal.prompt"), 0);
        Button propose = new Button(messages.get("reviewui.proposal.propose"));
        propose.setId("proposal-propose");
        Permissions.needs(propose, Permission.REVIEW_WRITE);
        propose.disableProperty().bind(lessons.getSelectionModel().selectedItemProperty().isNull()
                .or(change.textProperty().isEmpty()));
        propose.setOnAction(e -> model.proposePlanChange(lessons.getSelectionModel().getSelectedItem(),
                kind.getValue(), change.getText(), change::clear));
        change.setOnAction(e -> propose.fire());
        Label title = new Label(messages.get("reviewui.proposal.title"));
        title.setLabelFor(change);
        HBox line = new HBox(6, kind, change, propose);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, title, line);
    }

    private Node form() {
        ComboBox<LessonKind> kind = ReviewPanes.choice("lesson-kind", LessonKind.values(), LessonKind.PROBLEM, messages);
        TextArea text = new TextArea();
        text.setId("lesson-text");
        text.setPromptText(messages.get("reviewui.lesson.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        ListView<ReviewEntry> about = new ListView<>(entries);
        about.setId("lesson-entries");
        about.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        about.setCellFactory(ReviewPanes.wrappingCells(e -> (e.starred() ? "★ " : "") + texts.entry(e.entry())));
        // the entries are read again after every change: a choice left over would point at stale rows
        entries.addListener((ListChangeListener<ReviewEntry>) c -> about.getSelectionModel().clearSelection());
        Button add = new Button(messages.get("reviewui.lesson.add"));
        add.setId("lesson-add");
        Permissions.needs(add, Permission.REVIEW_WRITE);
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        add.setOnAction(e -> model.addLesson(kind.getValue(), text.getText(),
                about.getSelectionModel().getSelectedItems().stream().map(r -> r.entry().id()).toList(), () -> {
                    text.clear();
                    about.getSelectionModel().clearSelection();
                }));
        Label aboutLabel = new Label(messages.get("reviewui.lesson.entries"));
        aboutLabel.setLabelFor(about);
        aboutLabel.setWrapText(true);
        FlowPane top = new FlowPane(6, 6, new Label(messages.get("reviewui.lesson.kind")), kind);
        top.setAlignment(Pos.CENTER_LEFT);
        return ReviewPanes.section(about, ReviewPanes.heading(messages.get("reviewui.lesson.new")), top, text,
                aboutLabel, about, add);
    }
}
