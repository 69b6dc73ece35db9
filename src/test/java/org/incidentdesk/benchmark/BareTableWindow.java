package org.incidentdesk.benchmark;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The start-up benchmark's baseline: a bare JavaFX window with a table, on the same JDK and jars. */
public final class BareTableWindow extends Application {
    static final String TITLE = "BareTableWindow";

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("甲", "乙", "丙"));
        TableColumn<String, String> name = new TableColumn<>("名称");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        table.getColumns().add(name);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(table, 1280, 800));
        stage.show();
    }
}
