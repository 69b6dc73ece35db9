package org.incidentdesk.ui.review;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.review.ReviewViewModel.Page;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The review workspace: the open review's heading (incident, drill mark, state) over four pages — the list of
 * all reviews, the timeline, the score against the plan, and the written part. Alt+1…4 go to the pages, Ctrl+P prints the report.
 */
final class ReviewView implements WorkspaceView {
    private final ReviewViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Page, Tab> pages = new EnumMap<>(Page.class);
    private final Label heading = new Label();
    private final Label state = new Label();
    private final CheckBox drill = new CheckBox();
    private final Button finish = new Button();
    private boolean showing;

    ReviewView(ReviewViewModel model) {
        this.model = model;
        this.messages = model.texts().messages();
        root.setId("review-workspace");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("review-tabs");
        ReviewDetailViewModel detail = model.detail();
        tab(Page.LIST, "reviewui.tab.list", new ListPane(model.list(), model.followUps(), model::open)
                .build(new FollowUpsPane(model.followUps(), model::open).build()));
        tab(Page.TIMELINE, "reviewui.tab.timeline", needsReview(new TimelinePane(detail).build()));
        tab(Page.SCORE, "reviewui.tab.score", needsReview(new ScorePane(detail).build()));
        tab(Page.WRITTEN, "reviewui.tab.written", needsReview(new WrittenPane(model.written(), detail).build()));
        tabs.getSelectionModel().select(pages.get(model.pageProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> pages.forEach((p, tab) -> {
            if (tab == t) {
                model.pageProperty().set(p);
            }
        }));
        model.pageProperty().addListener((o, a, p) -> tabs.getSelectionModel().select(pages.get(p)));
        root.setTop(header());
        root.setCenter(tabs);
        detail.detailProperty().addListener((o, a, d) -> showHeader(d));
        showHeader(detail.detailProperty().get());
    }

    private void tab(Page page, String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId("review-tab-" + page.name());
        pages.put(page, tab);
        tabs.getTabs().add(tab);
    }

    /** The page's content once a review is open; before that, a line saying where to open one. */
    private Node needsReview(Node content) {
        Label none = new Label(messages.get("reviewui.none"));
        none.setWrapText(true);
        none.setPadding(new Insets(16));
        StackPane.setAlignment(none, Pos.TOP_LEFT);
        content.visibleProperty().bind(model.detail().detailProperty().isNotNull());
        none.visibleProperty().bind(model.detail().detailProperty().isNull());
        return new StackPane(none, content);
    }

    private Node header() {
        heading.setId("review-heading");
        heading.getStyleClass().add("title-3");
        heading.setMinWidth(0);
        state.setId("review-state");
        state.getStyleClass().add("text-muted");
        drill.setText(messages.get("reviewui.drillMark"));
        drill.setId("review-drill");
        drill.selectedProperty().addListener((o, a, d) -> {
            if (!showing) {
                model.detail().markDrill(d);
            }
        });
        finish.setId("review-finish");
        Permissions.needs(finish, Permission.REVIEW_WRITE);
        finish.setOnAction(e -> model.detail().finishOrReopen());
        Button print = new Button(messages.get("reviewui.print"), Icons.PRINT.node());
        print.setId("review-print");
        Permissions.needs(print, Permission.DOCUMENT_ISSUE, Permission.DOCUMENT_PRINT);
        print.setOnAction(e -> model.print());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, heading, state, spacer, drill, finish, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        // the list is about all reviews: the open one's heading shows on its own pages only
        bar.visibleProperty().bind(model.detail().detailProperty().isNotNull()
                .and(model.pageProperty().isNotEqualTo(Page.LIST)));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showHeader(ReviewDetail d) {
        if (d == null) {
            return;
        }
        showing = true;
        try {
            heading.setText(d.incident().number() + "  " + d.incident().title());
            state.setText(messages.get("reviewui.state", messages.name(d.review().state()),
                    d.review().finished() ? d.review().finishedBy() + " " + model.texts().time(d.review().finishedAt())
                            : d.review().createdBy() + " " + model.texts().time(d.review().createdAt())));
            drill.setSelected(d.review().drill());
            drill.setDisable(d.review().finished());
            finish.setText(messages.get(d.review().finished() ? "reviewui.reopen" : "reviewui.finish"));
        } finally {
            showing = false;
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        Map<KeyCombination, Runnable> keys = new java.util.HashMap<>();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (Page p : Page.values()) {
            keys.put(new KeyCodeCombination(digits[p.ordinal()], KeyCombination.ALT_DOWN), () -> model.pageProperty().set(p));
        }
        keys.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::print);
        return keys;
    }
}
