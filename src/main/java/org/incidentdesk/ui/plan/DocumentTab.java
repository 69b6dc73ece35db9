package org.incidentdesk.ui.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.incidentdesk.service.plan.document.PlanDocument.Block;
import org.incidentdesk.service.plan.document.PlanDocument.Entry;
import org.incidentdesk.service.plan.document.PlanDocument.ItemList;
import org.incidentdesk.service.plan.document.PlanDocument.Located;
import org.incidentdesk.service.plan.document.PlanDocument.Section;

/**
 * 全文: the plan as the document the office knows, read-only and wrapped to the window, defaults tagged 默认
 * with their notes. A search line (Ctrl+F) finds units, duties, criteria, rules and steps and scrolls there.
 */
final class DocumentTab {
    static final String TAB_ID = "tab-plan-document";

    private final PlanDraftViewModel viewModel;
    private final Messages messages;
    private final VBox page = new VBox(6);
    private final ScrollPane scroller = new ScrollPane(page);
    private final Map<Entry, Node> nodes = new IdentityHashMap<>();
    private final TextField search = new TextField();
    private final Label hitCount = new Label();
    private List<Located> hits = List.of();
    private int hitIndex = -1;
    private Node highlighted;
    private Tab tab;

    DocumentTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    Tab build() {
        page.setId("plan-document");
        page.getStyleClass().add("plan-document");
        page.setPadding(new Insets(12, 24, 24, 24));
        scroller.setFitToWidth(true);
        scroller.setId("plan-document-scroll");
        viewModel.documentProperty().addListener((obs, old, document) -> render(document));
        render(viewModel.documentProperty().get());

        search.setId("plan-search");
        search.setPromptText(messages.get("planui.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((obs, old, text) -> find(text));
        search.setOnAction(e -> step(1));
        Button previous = new Button("↑");
        previous.setTooltip(new Tooltip(messages.get("planui.search.previous")));
        previous.setOnAction(e -> step(-1));
        Button next = new Button("↓");
        next.setId("plan-search-next");
        next.setTooltip(new Tooltip(messages.get("planui.search.next")));
        next.setOnAction(e -> step(1));
        hitCount.setId("plan-search-count");
        hitCount.getStyleClass().add("muted");
        hitCount.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox bar = new HBox(6, search, previous, next, hitCount);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, scroller);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        tab = new Tab(messages.get("planui.tab.document"), box);
        tab.setId(TAB_ID);
        return tab;
    }

    /** Ctrl+F: shows this tab and puts the cursor in the search line. */
    void focusSearch() {
        if (tab != null && tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        search.requestFocus();
        search.selectAll();
    }

    // ---- rendering

    private void render(PlanDocument document) {
        nodes.clear();
        highlighted = null;
        page.getChildren().clear();
        if (document == null) {
            return;
        }
        Label title = new Label(document.title());
        title.getStyleClass().add("doc-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        Label subtitle = new Label(document.subtitle());
        subtitle.getStyleClass().addAll("muted", "doc-subtitle");
        subtitle.setMaxWidth(Double.MAX_VALUE);
        subtitle.setAlignment(Pos.CENTER);
        page.getChildren().addAll(title, subtitle, legend());
        document.sections().forEach(s -> section(s, 1));
        find(search.getText());
    }

    private Node legend() {
        Label tag = defaultTag();
        Label text = new Label(messages.get("planui.document.legend"));
        text.getStyleClass().add("muted");
        text.setWrapText(true);
        HBox legend = new HBox(6, tag, text);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(0, 0, 8, 0));
        return legend;
    }

    private void section(Section section, int depth) {
        Label heading = new Label(section.title());
        heading.getStyleClass().add(depth == 1 ? "doc-h1" : "doc-h2");
        heading.setWrapText(true);
        page.getChildren().add(heading);
        for (Block block : section.blocks()) {
            if (block instanceof ItemList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    add(list.items().get(i), list.numbered() ? (i + 1) + "." : "•");
                }
            } else {
                add(block.entries().get(0), null);
            }
        }
        section.subsections().forEach(s -> section(s, depth + 1));
    }

    private void add(Entry entry, String marker) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("doc-text");
        if (entry.lead() != null && !entry.lead().isEmpty()) {
            Text lead = new Text(entry.lead() + messages.get("plan.doc.colon"));
            lead.getStyleClass().addAll("cell-text", "doc-lead");
            flow.getChildren().add(lead);
        }
        Text text = new Text(entry.text());
        text.getStyleClass().add("cell-text");
        flow.getChildren().add(text);
        VBox body = new VBox(2, flow);
        HBox.setHgrow(body, Priority.ALWAYS);
        if (entry.isDefault() || entry.origin().note() != null) {
            HBox noteLine = new HBox(6);
            noteLine.setAlignment(Pos.TOP_LEFT);
            if (entry.isDefault()) {
                noteLine.getChildren().add(defaultTag());
            }
            if (entry.origin().note() != null) {
                Label note = new Label(entry.origin().note());
                note.setWrapText(true);
                note.getStyleClass().addAll("muted", "doc-note");
                HBox.setHgrow(note, Priority.ALWAYS);
                note.setMaxWidth(Double.MAX_VALUE);
                noteLine.getChildren().add(note);
            }
            body.getChildren().add(noteLine);
        }
        HBox row = new HBox(6);
        row.getStyleClass().add("doc-entry");
        if (entry.isDefault()) {
            row.getStyleClass().add("doc-default");
        }
        if (marker != null) {
            Label mark = new Label(marker);
            mark.setMinWidth(22);
            mark.getStyleClass().add("muted");
            row.getChildren().add(mark);
        }
        row.getChildren().add(body);
        row.setPadding(new Insets(1, 4, 1, marker == null ? 4 : 18));
        page.getChildren().add(row);
        nodes.put(entry, row);
    }

    private Label defaultTag() {
        Label tag = new Label(messages.get("planui.origin.default"));
        tag.getStyleClass().addAll("tag", "doc-default-tag");
        tag.setMinWidth(Label.USE_PREF_SIZE);
        return tag;
    }

    // ---- search

    private void find(String query) {
        hits = new ArrayList<>(viewModel.search(query));
        hitIndex = -1;
        if (query == null || query.isBlank()) {
            hitCount.setText("");
            mark(null);
            return;
        }
        if (hits.isEmpty()) {
            hitCount.setText(messages.get("planui.search.none"));
            mark(null);
            return;
        }
        step(1);
    }

    private void step(int direction) {
        if (hits.isEmpty()) {
            return;
        }
        hitIndex = Math.floorMod(hitIndex + direction, hits.size());
        hitCount.setText(messages.get("planui.search.count", hitIndex + 1, hits.size()));
        Node node = nodes.get(hits.get(hitIndex).entry());
        mark(node);
        if (node != null) {
            scrollTo(node);
        }
    }

    private void mark(Node node) {
        if (highlighted != null) {
            highlighted.getStyleClass().remove("doc-hit");
        }
        highlighted = node;
        if (node != null) {
            node.getStyleClass().add("doc-hit");
        }
    }

    private void scrollTo(Node node) {
        page.applyCss();
        page.layout();
        double contentHeight = page.getBoundsInLocal().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds bounds = node.getBoundsInParent();
        double target = Math.max(0, bounds.getMinY() - viewport / 3);
        scroller.setVvalue(Math.min(1, target / (contentHeight - viewport)));
    }

    /** The search hits as shown, for tests: "2/5" is index 1 of 5. */
    int hitIndex() {
        return hitIndex;
    }
}
