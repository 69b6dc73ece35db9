package org.incidentdesk.ui.plan;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.ui.common.Icons;

/**
 * Above the plan's tabs, while reviews have proposed revisions to the shown office plan: the draft of its next
 * version, each proposal in words with the review it came from (a link back), whether the next save adopts it,
 * and a withdraw button. Hidden when nothing is proposed.
 */
final class RevisionProposalsPane {
    private final RevisionProposalsViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(4);
    private final ListChangeListener<PlanRevisionProposal> changed = c -> rebuild();
    private final javafx.collections.SetChangeListener<Long> ticked = c -> rebuild();

    RevisionProposalsPane(RevisionProposalsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.setId("plan-proposals");
        root.getStyleClass().add("plan-proposals");
        viewModel.pending().addListener(new javafx.collections.WeakListChangeListener<>(changed));
        viewModel.adoptOnSave().addListener(new javafx.collections.WeakSetChangeListener<>(ticked));
        root.getProperties().put("listeners", java.util.List.of(changed, ticked));
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        Label heading = new Label(viewModel.heading());
        heading.setId("plan-proposals-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().setAll(heading);
        viewModel.pending().forEach(p -> root.getChildren().add(row(p)));
        root.setVisible(!viewModel.pending().isEmpty());
        root.setManaged(root.isVisible());
    }

    private Node row(PlanRevisionProposal proposal) {
        Label change = new Label(viewModel.changeText(proposal));
        change.setWrapText(true);
        change.getStyleClass().add("plan-proposal-change");
        Label from = new Label(viewModel.fromText(proposal));
        from.setWrapText(true);
        from.getStyleClass().add(Styles.TEXT_MUTED);
        CheckBox adopt = new CheckBox(messages.get("revision.adoptOnSave"));
        adopt.setId("plan-proposal-adopt-" + proposal.id());
        adopt.setSelected(viewModel.adoptsOnSave(proposal));
        adopt.selectedProperty().addListener((obs, was, is) -> viewModel.setAdoptOnSave(proposal, is));
        Button open = new Button(messages.get("revision.openReview"), Icons.OPEN.node());
        open.setId("plan-proposal-open-" + proposal.id());
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> viewModel.openReview(proposal));
        Button withdraw = new Button(messages.get("revision.withdraw"));
        withdraw.getStyleClass().add(Styles.SMALL);
        withdraw.setOnAction(e -> viewModel.withdraw(proposal));
        HBox buttons = new HBox(8, adopt, open, withdraw);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, change, from, buttons);
        row.getStyleClass().add("plan-proposal");
        return row;
    }
}
