package org.incidentdesk.ui.review;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.PlanRevisionProposal;

/**
 * 书面总结: lessons (with the plan changes proposed from them), improvement actions and accountability, each on a
 * tab of its own, and the proposals this review made, each opening its plan draft again.
 */
final class WrittenPane {
    private final WrittenViewModel model;
    private final ReviewDetailViewModel review;
    private final Messages messages;

    WrittenPane(WrittenViewModel model, ReviewDetailViewModel review) {
        this.model = model;
        this.review = review;
        this.messages = review.texts().messages();
    }

    Node build() {
        TabPane tabs = new TabPane(
                tab("lessons", "reviewui.written.lessons", new LessonsPane(model, review).build()),
                tab("actions", "reviewui.written.actions", new ActionsPane(model, review.texts()).build()),
                tab("accountability", "reviewui.written.accountability", new AccountabilityPane(model, review).build()),
                tab("proposals", "reviewui.written.proposals", proposals()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("written-tabs");
        return tabs;
    }

    private Tab tab(String id, String titleKey, Node content) {
        return ReviewPanes.tab("written-tab-" + id, messages.get(titleKey), content);
    }

    private Node proposals() {
        ListView<PlanRevisionProposal> list = new ListView<>(model.proposals());
        list.setId("proposal-list");
        list.setPlaceholder(new Label(messages.get("reviewui.proposal.none")));
        list.setCellFactory(ReviewPanes.wrappingCells(p -> messages.get("reviewui.proposal.line", p.draftVersion(),
                messages.name(p.kind()), p.change(), messages.name(p.state()), p.lessonText())));
        Button open = new Button(messages.get("reviewui.proposal.open"));
        open.setId("proposal-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.openPlan(list.getSelectionModel().getSelectedItem()));
        return ReviewPanes.section(list, ReviewPanes.heading(messages.get("reviewui.proposal.list")), list, open);
    }
}
