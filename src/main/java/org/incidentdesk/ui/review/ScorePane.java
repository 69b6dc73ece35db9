package org.incidentdesk.ui.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.DeadlineScore;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.review.ReviewDetailViewModel.SectionRow;
import org.incidentdesk.ui.review.ReviewDetailViewModel.TimeToRow;

/**
 * 对照预案评分: every deadline the plan set as a row (rule, who owed it, due, done, margin or delay in minutes,
 * met / late / missed) with the share met, the time-to figures, and per plan section the reviewer's rating on the
 * four-step scale beside the scored rows that evidence it. Choosing a rating stores it with the note as typed.
 */
final class ScorePane {
    private final ReviewDetailViewModel model;
    private final ReviewTexts texts;
    private final Messages messages;
    private final TableView<ScoredDeadline> table = new TableView<>();
    private final TableView<TimeToRow> times = new TableView<>();
    private final Label summary = new Label();
    private final Label superseded = new Label();
    private final VBox sections = new VBox(10);
    private final Map<PlanSection, SectionEditor> editors = new HashMap<>();

    ScorePane(ReviewDetailViewModel model) {
        this.model = model;
        this.texts = model.texts();
        this.messages = texts.messages();
    }

    Node build() {
        summary.setId("review-share");
        summary.setWrapText(true);
        superseded.setId("review-superseded");
        superseded.getStyleClass().add("text-muted");
        superseded.setWrapText(true);
        VBox scoredPart = ReviewPanes.section(table, ReviewPanes.heading(messages.get("reviewui.score.title")), summary,
                scoredTable(), superseded);
        VBox timesPart = ReviewPanes.section(times, ReviewPanes.heading(messages.get("reviewui.times.title")),
                timesTable());
        SplitPane left = new SplitPane(scoredPart, timesPart);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        for (PlanSection s : PlanSection.values()) {
            SectionEditor editor = new SectionEditor(s);
            editors.put(s, editor);
            sections.getChildren().add(editor.node());
        }
        ScrollPane ratings = new ScrollPane(ReviewPanes.section(sections,
                ReviewPanes.heading(messages.get("reviewui.rating.title")), sections));
        ratings.setFitToWidth(true);
        ratings.setId("review-ratings");
        SplitPane split = new SplitPane(left, ratings);
        split.setDividerPositions(0.6);
        model.sections().addListener((ListChangeListener<SectionRow>) c -> showSections());
        model.detailProperty().addListener((o, a, d) -> showSummary(d));
        return split;
    }

    private TableView<ScoredDeadline> scoredTable() {
        table.setId("review-scored");
        table.setItems(model.scored());
        table.setPlaceholder(new Label(messages.get("reviewui.score.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var delay = Tables.text(messages.get("reviewui.col.delay"), 80, texts::delay);
        Tables.keepWhole(delay, texts::delay, table.getItems());
        table.getColumns().setAll(List.of(
                Tables.wrapping(messages.get("reviewui.col.rule"), 170, ScoredDeadline::act),
                Tables.wrapping(messages.get("reviewui.col.owner"), 100, r -> r.owner() == null ? "—" : r.owner()),
                Tables.text(messages.get("reviewui.col.due"), 90, r -> texts.time(r.dueAt())),
                Tables.text(messages.get("reviewui.col.done"), 90, r -> texts.time(r.doneAt())),
                delay,
                Tables.text(messages.get("reviewui.col.outcome"), 70, r -> texts.outcome(r.outcome()))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScoredDeadline item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("review-late", "review-missed");
                if (!empty && item != null) {
                    switch (item.outcome()) {
                        case LATE -> getStyleClass().add("review-late");
                        case MISSED -> getStyleClass().add("review-missed");
                        default -> { }
                    }
                }
            }
        });
        return table;
    }

    private TableView<TimeToRow> timesTable() {
        times.setId("review-times");
        times.setItems(model.timeTo());
        times.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        times.getColumns().setAll(List.of(
                Tables.text(messages.get("reviewui.col.milestone"), 110, r -> messages.name(r.milestone())),
                Tables.text(messages.get("reviewui.col.reached"), 90, TimeToRow::reachedAt),
                Tables.text(messages.get("reviewui.col.fromEvent"), 100, TimeToRow::fromEvent),
                Tables.text(messages.get("reviewui.col.fromDiscovery"), 100, TimeToRow::fromDiscovery)));
        return times;
    }

    private void showSummary(ReviewDetail d) {
        if (d == null) {
            return;
        }
        DeadlineScore score = d.figures().score();
        summary.setText(messages.get("reviewui.score.summary", score.met(), score.late(), score.missed(),
                score.scored(), texts.share(score.shareMet())));
        superseded.setText(score.superseded().isEmpty() ? "" : messages.get("reviewui.score.superseded",
                score.superseded().size(), String.join(messages.get("reviewui.listSeparator"), score.superseded().stream().map(ScoredDeadline::act).toList())));
        boolean editable = !d.review().finished();
        editors.values().forEach(e -> e.setEditable(editable));
    }

    private void showSections() {
        for (SectionRow row : model.sections()) {
            editors.get(row.section()).show(row);
        }
    }

    /** One plan section: its rating, the note, and the scored rows beside them as evidence. */
    private final class SectionEditor {
        private final PlanSection section;
        private final ComboBox<SectionRating> rating = new ComboBox<>();
        private final TextField note = new TextField();
        private final Button save = new Button(messages.get("reviewui.rating.save"));
        private final VBox evidence = new VBox(2);
        private final Label ratedBy = new Label();
        private boolean showing;

        SectionEditor(PlanSection section) {
            this.section = section;
            String id = section.name();
            rating.setId("rate-" + id);
            rating.getItems().setAll(SectionRating.values());
            rating.setConverter(Choices.shownAs(r -> r == null ? messages.get("reviewui.rating.none") : messages.name(r)));
            rating.setPromptText(messages.get("reviewui.rating.none"));
            note.setId("rate-note-" + id);
            note.setPromptText(messages.get("reviewui.rating.note"));
            HBox.setHgrow(note, Priority.ALWAYS);
            save.setId("rate-save-" + id);
            rating.valueProperty().addListener((o, a, r) -> {
                if (!showing && r != null) {
                    model.rate(section, r, note.getText());
                }
            });
            save.setOnAction(e -> model.rate(section, rating.getValue(), note.getText()));
            save.disableProperty().bind(rating.valueProperty().isNull());
            note.setOnAction(e -> save.fire());
            ratedBy.getStyleClass().add("text-muted");
            evidence.setId("rate-evidence-" + id);
        }

        Node node() {
            Label name = new Label(messages.name(section));
            name.getStyleClass().add("title-4");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox line = new HBox(6, name, rating, ratedBy);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox noteLine = new HBox(6, note, save);
            VBox box = new VBox(4, line, noteLine, evidence);
            box.getStyleClass().add("review-section");
            box.setId("review-section-" + section.name());
            return box;
        }

        void setEditable(boolean editable) {
            rating.setDisable(!editable);
            note.setDisable(!editable);
        }

        void show(SectionRow row) {
            showing = true;
            try {
                rating.setValue(row.rating() == null ? null : row.rating().rating());
                if (row.rating() != null) {
                    note.setText(row.rating().note());
                    ratedBy.setText(messages.get("reviewui.rating.by", row.rating().ratedBy(),
                            texts.time(row.rating().ratedAt())));
                } else {
                    note.clear();
                    ratedBy.setText("");
                }
            } finally {
                showing = false;
            }
            evidence.getChildren().clear();
            if (row.evidence().isEmpty()) {
                Label none = new Label(messages.get("reviewui.rating.noEvidence"));
                none.getStyleClass().add("text-muted");
                evidence.getChildren().add(none);
            }
            for (ScoredDeadline r : row.evidence()) {
                Label l = new Label(messages.get("reviewui.rating.evidence", r.act(), texts.outcome(r.outcome()),
                        texts.delay(r), r.owner() == null ? "—" : r.owner()));
                l.setWrapText(true);
                evidence.getChildren().add(l);
            }
        }
    }
}
