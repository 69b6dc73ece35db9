package org.incidentdesk.ui.roster;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.DiscardGuard;

/** Add or edit a person. Stays open, with the problems shown under their fields, until the save succeeds. */
final class PersonEditorDialog extends Dialog<Boolean> {

    PersonEditorDialog(Window owner, Messages messages, PersonEditorViewModel form, RosterViewModel roster) {
        DialogWindows.prepare(this, owner);
        setTitle(messages.get(form.isNew() ? "roster.person.add" : "roster.person.edit"));
        setHeaderText(getTitle());
        setResizable(true);

        TextField name = field("person-name", form.nameProperty().get());
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<OrgUnit> unit = RosterView.unitCombo(form.units());
        unit.setId("person-unit");
        unit.valueProperty().bindBidirectional(form.unitProperty());
        TextField officePhone = field("person-office-phone", null);
        officePhone.textProperty().bindBidirectional(form.officePhoneProperty());
        TextField mobile = field("person-mobile", null);
        mobile.textProperty().bindBidirectional(form.mobileProperty());
        mobile.setPromptText("13800001234");
        TextField email = field("person-email", null);
        email.textProperty().bindBidirectional(form.emailProperty());
        TextField fax = field("person-fax", null);
        fax.textProperty().bindBidirectional(form.faxProperty());
        TextArea notes = new TextArea();
        notes.setId("person-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.setMinHeight(56);
        notes.textProperty().bindBidirectional(form.notesProperty());

        FormGrid grid = new FormGrid();
        grid.add(messages.get("field.name"), name, "name", form.errors());
        grid.add(messages.get("field.unit"), unit, "unit", form.errors());
        grid.add(messages.get("field.posts"), postsEditor(messages, form), "posts", form.errors());
        grid.add(messages.get("field.officePhone"), officePhone, "officePhone", form.errors());
        grid.add(messages.get("field.mobile"), mobile, "mobile", form.errors());
        grid.add(messages.get("field.email"), email, "email", form.errors());
        grid.add(messages.get("field.fax"), fax, "fax", form.errors());
        grid.add(messages.get("field.notes"), notes, "notes", form.errors());
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(640);

        ButtonType save = new ButtonType(messages.get("common.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("common.cancel"));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("person-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!form.check()) {
                return;
            }
            saveButton.setDisable(true);
            roster.savePerson(form.toPerson(), () -> {
                setResult(Boolean.TRUE);
                close();
            }, problems -> {
                saveButton.setDisable(false);
                form.showProblems(problems);
            });
        });
        setResultConverter(button -> button == save);
        setOnShown(e -> name.requestFocus());
        var opened = form.toPerson();
        DiscardGuard.install(this, messages, () -> !form.toPerson().equals(opened), saveButton::fire);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    private static VBox postsEditor(Messages messages, PersonEditorViewModel form) {
        ListView<PersonEditorViewModel.PostEntry> list = new ListView<>(form.posts());
        list.setId("person-posts");
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PersonEditorViewModel.PostEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("common.withNote", item.title(), item.unit().name()));
            }
        });
        list.setPrefHeight(88);
        list.setMinHeight(64);
        ComboBox<OrgUnit> postUnit = RosterView.unitCombo(form.units());
        postUnit.setId("post-unit");
        postUnit.setValue(form.unitProperty().get());
        form.unitProperty().addListener((obs, old, u) -> {
            if (postUnit.getValue() == null || postUnit.getValue().equals(old)) {
                postUnit.setValue(u);
            }
        });
        ComboBox<String> title = new ComboBox<>();
        title.setId("post-title");
        title.setEditable(true);
        title.getItems().setAll(StandardPosts.ALL);
        title.setPromptText(messages.get("roster.post.title"));
        Button add = new Button(messages.get("roster.post.add"));
        add.setId("post-add");
        add.setOnAction(e -> {
            String typed = title.getEditor().getText();
            form.addPost(postUnit.getValue(), typed == null || typed.isBlank() ? title.getValue() : typed);
            title.getEditor().clear();
            title.setValue(null);
        });
        Button remove = new Button(messages.get("roster.post.remove"));
        remove.setId("post-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.removePost(list.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(postUnit, Priority.ALWAYS);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox adder = new HBox(6, postUnit, title, add, remove);
        return new VBox(4, list, adder);
    }
}
