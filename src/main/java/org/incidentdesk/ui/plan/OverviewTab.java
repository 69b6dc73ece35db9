package org.incidentdesk.ui.plan;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.document.PlanTerms;

/** 概况: name, scheme, issuer, scope and the plan's version history. */
final class OverviewTab {
    private final PlanDraftViewModel viewModel;
    private final ObservableList<String> versionHistory;
    private final Messages messages;
    private final PlanLabels labels;

    OverviewTab(PlanDraftViewModel viewModel, ObservableList<String> versionHistory) {
        this.viewModel = viewModel;
        this.versionHistory = versionHistory;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        TextField name = new TextField();
        name.setId("plan-name-field");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button rename = new Button(messages.get("planui.apply"));
        rename.setId("plan-rename");
        rename.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                viewModel.edit(p -> p.withName(name.getText().strip()));
            }
        });
        HBox nameRow = new HBox(8, name, rename);
        nameRow.disableProperty().bind(viewModel.editableProperty().not());
        Label scheme = wrapped();
        Label issuer = wrapped();
        Label scope = wrapped();
        Label note = wrapped();
        note.getStyleClass().add("muted");
        viewModel.draftProperty().addListener((obs, old, plan) -> {
            name.setText(plan == null ? "" : plan.name());
            scheme.setText(plan == null ? "" : schemeText(plan));
            issuer.setText(plan == null || plan.issuer() == null ? "" : plan.issuer());
            scope.setText(plan == null ? "" : scopeText(plan));
            note.setText(plan == null || plan.note() == null ? "" : plan.note());
        });
        ListView<String> history = new ListView<>(versionHistory);
        history.setId("plan-history");
        history.setPrefHeight(140);
        history.setPlaceholder(new Label(messages.get("planui.history.none")));
        EditorForm form = new EditorForm()
                .add(messages.get("planui.overview.name"), nameRow)
                .add(messages.get("planui.overview.scheme"), scheme)
                .add(messages.get("planui.overview.issuer"), issuer)
                .add(messages.get("planui.overview.scope"), scope)
                .add(messages.get("planui.overview.note"), note)
                .add(messages.get("planui.overview.history"), history);
        form.getStyleClass().remove("detail-pane");
        Tab tab = new Tab(messages.get("planui.tab.overview"), new VBox(form));
        tab.setId("tab-plan-overview");
        return tab;
    }

    private String schemeText(ContingencyPlan plan) {
        PlanTerms terms = new PlanTerms(messages);
        return labels.of(plan.levelScheme()) + "：" + String.join(" / ", plan.levelsBySeverity().stream()
                .map(terms::levelHeading).toList());
    }

    private static Label wrapped() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }

    /** The scope, with the default mark and its reason where the source has no 适用范围 of its own. */
    private String scopeText(ContingencyPlan plan) {
        if (plan.scope() == null) {
            return "";
        }
        return plan.scopeOrigin().defaulted() ? messages.get("planui.overview.scopeDefault", plan.scope(),
                plan.scopeOrigin().note() == null ? "" : plan.scopeOrigin().note()) : plan.scope();
    }
}
