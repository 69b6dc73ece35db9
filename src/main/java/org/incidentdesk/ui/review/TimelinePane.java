package org.incidentdesk.ui.review;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.review.ReviewDetailViewModel.TimelineLine;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * 时间线: the chart (heat, comments and the actions on one time axis) over the entries grouped by stage
 * (先期处置 / 事中 / 善后). S or the space bar stars the selected entry or takes its star away; clicking a mark on
 * the chart selects its entry.
 */
final class TimelinePane {
    private final ReviewDetailViewModel model;
    private final Messages messages;
    private final ListView<TimelineLine> list = new ListView<>();
    private final TimeAxisChart chart;

    TimelinePane(ReviewDetailViewModel model) {
        this.model = model;
        this.messages = model.texts().messages();
        this.chart = new TimeAxisChart(model.texts());
    }

    Node build() {
        list.setId("review-timeline");
        list.setItems(model.timeline());
        list.setCellFactory(l -> new LineCell(l));
        list.setPlaceholder(new Label(messages.get("reviewui.timeline.none")));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.S || e.getCode() == KeyCode.SPACE) {
                starSelected();
                e.consume();
            }
        });
        Button star = new Button(messages.get("reviewui.star"), Icons.STAR.node());
        star.setId("review-star");
        Permissions.needs(star, Permission.REVIEW_WRITE);
        star.setOnAction(e -> starSelected());
        star.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !(list.getSelectionModel().getSelectedItem() instanceof TimelineLine.Entry) || finished(),
                list.getSelectionModel().selectedItemProperty(), model.detailProperty()));
        Label hint = new Label(messages.get("reviewui.star.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox bar = new HBox(8, star, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chart.onAction(this::select);
        model.detailProperty().addListener((o, a, d) -> {
            if (d != null) {
                chart.show(d.timeline());
            }
        });
        javafx.scene.layout.VBox entries = ReviewPanes.section(list, list, bar);
        SplitPane split = new SplitPane(chart.node(), entries);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        split.setId("review-timeline-split");
        return split;
    }

    /** A finished review is read-only until reopened: no stars change. */
    private boolean finished() {
        return model.detailProperty().get() != null && model.detailProperty().get().review().finished();
    }

    private void starSelected() {
        if (!finished() && list.getSelectionModel().getSelectedItem() instanceof TimelineLine.Entry e) {
            int index = list.getSelectionModel().getSelectedIndex();
            model.toggleStar(e.entry());
            // the list is read again after the star is stored: keep the place so the keyboard can go on
            model.timeline().addListener(new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends TimelineLine> c) {
                    model.timeline().removeListener(this);
                    list.getSelectionModel().select(Math.min(index, model.timeline().size() - 1));
                }
            });
        }
    }

    /** Selects and shows the entry {@code entryId} (a mark on the chart was clicked). */
    private void select(long entryId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof TimelineLine.Entry e && e.entry().entry().id() == entryId) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                list.requestFocus();
                return;
            }
        }
    }

    private final class LineCell extends ListCell<TimelineLine> {
        LineCell(ListView<TimelineLine> owner) {
            setWrapText(true);
            prefWidthProperty().bind(owner.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(TimelineLine item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("review-stage", "review-starred");
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            switch (item) {
                case TimelineLine.Heading h -> {
                    setText(messages.get("reviewui.stage", messages.name(h.phase()), h.entries()));
                    getStyleClass().add("review-stage");
                }
                case TimelineLine.Entry e -> {
                    ReconstructedTimeline.ReviewEntry entry = e.entry();
                    setText(model.texts().entry(entry.entry()));
                    setGraphic(entry.starred() ? Icons.STAR.node() : Icons.STAR_OUTLINE.node());
                    if (entry.starred()) {
                        getStyleClass().add("review-starred");
                    }
                }
            }
        }
    }
}
