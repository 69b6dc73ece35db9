package org.incidentdesk.ui.account;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.account.PasswordRules;
import org.incidentdesk.ui.common.Icons;

/**
 * What covers the workspaces while the gate is up: the first-run wizard, the sign-in, or the locked screen. An
 * opaque pane over the whole window, so nothing of the office's data shows behind it; none has a way to skip it.
 */
public final class SessionGateView {
    private static final double CARD_WIDTH = 460;

    private SessionGateView() {
    }

    /** The pane for the gate now; null when the gate is open. */
    public static Node of(SessionViewModel model, Messages messages) {
        Node card = switch (model.gateProperty().get()) {
            case OPEN -> null;
            case CHECKING -> checking();
            case SET_UP -> setUp(model, messages);
            case SIGN_IN -> signIn(model, messages);
            case LOCKED -> locked(model, messages);
        };
        if (card == null) {
            return null;
        }
        StackPane cover = new StackPane(card);
        cover.setId("session-gate");
        cover.getStyleClass().add("session-gate");
        cover.setStyle("-fx-background-color: -color-bg-subtle;");
        return cover;
    }

    private static Node checking() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        return progress;
    }

    private static Node signIn(SessionViewModel model, Messages messages) {
        TextField name = new TextField();
        name.setId("signin-name");
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        Button ok = new Button(messages.get("accountui.signIn"));
        ok.setId("signin-ok");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty())
                .or(model.workingProperty()));
        ok.setOnAction(e -> {
            model.signIn(name.getText(), password.getText().toCharArray());
            password.clear();
        });
        GridPane form = form(messages, "field.account.name", name, "field.account.password", password);
        VBox card = card(messages.get("accountui.signInTitle"), messages.get("accountui.signInHint"), form,
                problem(model), buttons(ok));
        card.setId("signin-pane");
        name.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                name.requestFocus();
            }
        });
        return card;
    }

    private static Node locked(SessionViewModel model, Messages messages) {
        String who = model.session().map(s -> s.current().name() + "（" + s.accountName() + "）").orElse("");
        PasswordField password = new PasswordField();
        password.setId("lock-password");
        Button unlock = new Button(messages.get("accountui.unlock"));
        unlock.setId("lock-ok");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(password.textProperty().isEmpty().or(model.workingProperty()));
        unlock.setOnAction(e -> {
            model.unlock(password.getText().toCharArray());
            password.clear();
        });
        Button signOut = new Button(messages.get("accountui.signOutSwitch"));
        signOut.setId("lock-signout");
        signOut.setOnAction(e -> model.signOut());
        GridPane form = form(messages, "field.account.password", password);
        VBox card = card(messages.get("accountui.lockedTitle"), messages.get("accountui.lockedHint", who), form,
                problem(model), buttons(signOut, unlock));
        card.setId("lock-pane");
        password.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                password.requestFocus();
            }
        });
        return card;
    }

    private static Node setUp(SessionViewModel model, Messages messages) {
        ToggleGroup whose = new ToggleGroup();
        RadioButton existing = new RadioButton(messages.get("accountui.setUp.existing"));
        existing.setId("setup-existing");
        existing.setToggleGroup(whose);
        existing.setSelected(true);
        RadioButton added = new RadioButton(messages.get("accountui.setUp.newPerson"));
        added.setId("setup-new-person");
        added.setToggleGroup(whose);
        ComboBox<SessionViewModel.PersonChoice> person = new ComboBox<>(model.people());
        person.setId("setup-person");
        person.setMaxWidth(Double.MAX_VALUE);
        person.setPromptText(messages.get("accountui.setUp.choosePerson"));
        person.disableProperty().bind(added.selectedProperty());
        TextField newName = new TextField();
        newName.setId("setup-new-name");
        newName.setPromptText(messages.get("accountui.setUp.newPersonName"));
        ComboBox<OrgUnit> unit = new ComboBox<>(model.units());
        unit.setId("setup-new-unit");
        unit.setPromptText(messages.get("accountui.setUp.newPersonUnit"));
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrgUnit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public OrgUnit fromString(String text) {
                return null;
            }
        });
        HBox newPerson = new HBox(6, newName, unit);
        HBox.setHgrow(newName, Priority.ALWAYS);
        newPerson.disableProperty().bind(existing.selectedProperty());
        TextField name = new TextField();
        name.setId("setup-name");
        PasswordField password = new PasswordField();
        password.setId("setup-password");
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-repeat");
        Label rule = new Label(messages.get("accountui.setUp.rule", PasswordRules.MIN_LENGTH));
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button(messages.get("accountui.setUp.create"));
        create.setId("setup-ok");
        create.setDefaultButton(true);
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty())
                .or(repeat.textProperty().isEmpty()).or(model.workingProperty())
                .or(existing.selectedProperty().and(person.valueProperty().isNull())));
        create.setOnAction(e -> model.createAdministrator(existing.isSelected() ? person.getValue() : null,
                newName.getText(), unit.getValue(), name.getText(), password.getText().toCharArray(),
                repeat.getText().toCharArray()));
        VBox whom = new VBox(6, existing, person, added, newPerson);
        GridPane form = form(messages, "field.account.name", name, "field.account.password", password,
                "field.account.passwordRepeat", repeat);
        VBox card = card(messages.get("accountui.setUp.title"), messages.get("accountui.setUp.hint"),
                new Label(messages.get("field.account.person")), whom, form, rule, problem(model), buttons(create));
        card.setId("setup-pane");
        return card;
    }

    private static GridPane form(Messages messages, Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Node field = (Node) labelsAndFields[i + 1];
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(i / 2, new Label(messages.get((String) labelsAndFields[i])), field);
        }
        return grid;
    }

    private static Label problem(SessionViewModel model) {
        Label problem = new Label();
        problem.setId("session-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private static HBox buttons(Button... buttons) {
        HBox row = new HBox(8, buttons);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private static VBox card(String title, String hint, Node... content) {
        Label heading = new Label(title, Icons.ALARM.node());
        heading.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label(hint);
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(12, heading, explanation);
        card.getChildren().addAll(content);
        card.setPadding(new Insets(24));
        card.setMaxWidth(CARD_WIDTH);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }
}
