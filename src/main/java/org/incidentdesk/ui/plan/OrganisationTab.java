package org.incidentdesk.ui.plan;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.ui.common.Tables;

/**
 * 组织: the bodies the plan names mapped onto the office's roster units, and the roles (who leads, who issues
 * warnings, who speaks) mapped onto roster posts.
 */
final class OrganisationTab {
    private final PlanDraftViewModel viewModel;
    private final ObservableList<String> rosterUnitNames;
    private final Messages messages;
    private final PlanLabels labels;
    private final TableView<PlanUnit> units = new TableView<>();
    private final TableView<PlanRole> roles = new TableView<>();

    OrganisationTab(PlanDraftViewModel viewModel, ObservableList<String> rosterUnitNames) {
        this.viewModel = viewModel;
        this.rosterUnitNames = rosterUnitNames;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        units.setId("plan-unit-table");
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        units.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.unit.name"), 200, PlanUnit::name),
                Tables.text(messages.get("planui.unit.kind"), 100,
                        (PlanUnit u) -> messages.get("roster.unitKind." + u.kind().name())),
                Tables.text(messages.get("planui.unit.inRoster"), 70, this::inRoster),
                Tables.text(messages.get("planui.unit.posts"), 160,
                        (PlanUnit u) -> u.posts().stream().map(PlanPost::title).collect(Collectors.joining("、"))),
                Tables.wrapping(messages.get("planui.unit.duties"), 320, (PlanUnit u) -> String.join(messages.get("common.listSeparator"), u.duties()))));
        roles.setId("plan-role-table");
        roles.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        roles.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.role.name"), 160, PlanRole::name),
                Tables.text(messages.get("planui.role.unit"), 200, this::roleUnit),
                Tables.text(messages.get("planui.role.post"), 120, PlanRole::post),
                Tables.text(messages.get("planui.origin"), 60, (PlanRole r) -> labels.origin(r.origin()))));
        viewModel.draftProperty().addListener((obs, old, plan) -> show(plan));

        ComboBox<String> rosterUnit = new ComboBox<>(rosterUnitNames);
        rosterUnit.setId("plan-unit-roster");
        rosterUnit.setEditable(true);
        rosterUnit.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(rosterUnit, Priority.ALWAYS);
        units.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> rosterUnit.setValue(u == null ? null : u.name()));
        Button mapUnit = new Button(messages.get("planui.unit.map"));
        mapUnit.setId("plan-unit-map");
        mapUnit.disableProperty().bind(units.getSelectionModel().selectedItemProperty().isNull());
        mapUnit.setOnAction(e -> {
            String name = rosterUnit.getEditor().getText();
            int index = units.getSelectionModel().getSelectedIndex();
            if (index >= 0 && name != null && !name.isBlank()) {
                viewModel.mapUnit(index, name);
            }
        });
        ComboBox<String> post = new ComboBox<>(FXCollections.observableArrayList(StandardPosts.ALL));
        post.setId("plan-role-post");
        post.setEditable(true);
        roles.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> post.setValue(r == null ? null : r.post()));
        Button mapRole = new Button(messages.get("planui.role.map"));
        mapRole.setId("plan-role-map");
        mapRole.disableProperty().bind(roles.getSelectionModel().selectedItemProperty().isNull());
        mapRole.setOnAction(e -> {
            int index = roles.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                viewModel.mapRolePost(index, post.getEditor().getText());
            }
        });
        EditorForm form = new EditorForm()
                .add(messages.get("planui.unit.rosterUnit"), new HBox(8, rosterUnit, mapUnit))
                .add(messages.get("planui.role.rosterPost"), new HBox(8, post, mapRole));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label unitsTitle = new Label(messages.get("planui.unit.title"));
        unitsTitle.getStyleClass().add("section-title");
        Label rolesTitle = new Label(messages.get("planui.role.title"));
        rolesTitle.getStyleClass().add("section-title");
        VBox box = new VBox(8, unitsTitle, units, rolesTitle, roles, form);
        VBox.setVgrow(units, Priority.ALWAYS);
        VBox.setVgrow(roles, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.organisation"), box);
        tab.setId("tab-plan-organisation");
        return tab;
    }

    private String inRoster(PlanUnit unit) {
        return rosterUnitNames.contains(unit.name()) ? "✓" : messages.get("planui.unit.notInRoster");
    }

    private String roleUnit(PlanRole role) {
        ContingencyPlan plan = viewModel.draftProperty().get();
        if (role.unit() == null || plan == null) {
            return messages.get("plan.show.roleDynamic");
        }
        return plan.organisation().unit(role.unit()).map(PlanUnit::name).orElse(role.unit());
    }

    private void show(ContingencyPlan plan) {
        int unit = units.getSelectionModel().getSelectedIndex();
        int role = roles.getSelectionModel().getSelectedIndex();
        units.setItems(plan == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(plan.organisation().units()));
        roles.setItems(plan == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(plan.organisation().roles()));
        if (unit >= 0 && unit < units.getItems().size()) {
            units.getSelectionModel().select(unit);
        }
        if (role >= 0 && role < roles.getItems().size()) {
            roles.getSelectionModel().select(role);
        }
    }
}
