package org.incidentdesk.ui.board;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.Icons;
import javafx.scene.control.ComboBox;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentParties;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** 事实: the reported facts (seven Ws, first publication, spread) and the button that corrects them. */
final class FactsTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final GridPane facts = new GridPane();
    private final GridPane parties = new GridPane();

    FactsTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        facts.setHgap(10);
        facts.setVgap(4);
        Button edit = new Button(messages.get("board.facts.edit"), Icons.EDIT.node());
        edit.setId("facts-edit");
        Permissions.needs(edit, Permission.INCIDENT_EDIT);
        edit.setOnAction(e -> {
            model.editFacts();
            new IntakeDialog(model.factsEditor(), messages, saved -> { }).show(edit.getScene().getWindow());
        });
        parties.setHgap(6);
        parties.setVgap(4);
        Label partiesTitle = new Label(messages.get("board.party.title"));
        partiesTitle.getStyleClass().add("title-4");
        Label hint = new Label(messages.get("board.party.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(6, partiesTitle, hint, parties, facts);
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        model.parties().parties().addListener((javafx.collections.ListChangeListener<IncidentParties.Party>) c -> showParties());
        return DetailPanes.tab("facts", messages.get("board.tab.facts"), DetailPanes.section(scroll, edit, scroll));
    }

    /** One line per party: its name, the roster unit chosen (or the one the facts suggest) and 指定. */
    private void showParties() {
        parties.getChildren().clear();
        int row = 0;
        for (IncidentParties.Party party : model.parties().parties()) {
            Label name = new Label(party.roleName());
            name.setWrapText(true);
            ComboBox<OrgUnit> unit = new ComboBox<>(model.parties().units());
            unit.setId("party-unit-" + party.roleId());
            unit.setConverter(Choices.named(OrgUnit::name));
            unit.setPromptText(messages.get("board.party.unset"));
            unit.setValue(party.unit() != null ? party.unit() : party.proposed());
            Button save = new Button(messages.get("board.party.save"));
            save.setId("party-save-" + party.roleId());
            save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            save.setOnAction(e -> model.parties().set(party.roleId(), unit.getValue()));
            Label state = new Label(messages.get(party.unit() != null ? "board.party.set"
                    : party.proposed() != null ? "board.party.suggested" : "board.party.unset"));
            state.setId("party-state-" + party.roleId());
            state.getStyleClass().add("text-muted");
            state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (party.unit() == null && party.proposed() != null) {
                state.setTooltip(new javafx.scene.control.Tooltip(messages.get("board.party.proposed",
                        party.proposed().name())));
            }
            name.setMinWidth(120); // the role's name wraps by words in its own column, not a character a line
            name.setMaxWidth(150);
            unit.setMinWidth(110);
            unit.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(unit, javafx.scene.layout.Priority.ALWAYS);
            parties.addRow(row++, name, unit, save, state);
        }
    }

    @Override
    public void show(IncidentDetail detail) {
        facts.getChildren().clear();
        int row = 0;
        for (DetailTexts.FactLine line : model.texts().facts(detail.incident())) {
            Label value = new Label(line.value());
            value.setWrapText(true);
            Label name = new Label(line.label());
            name.getStyleClass().add("text-muted");
            facts.addRow(row++, name, value);
        }
    }
}
