package org.incidentdesk.bench;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up figure's reference: a bare JavaFX window with a table, on the same JDK and jars. Its main class
 * is not the Application itself, as for the workstation: the launcher refuses such a class on the class path.
 */
public final class BareTableWindow {
    static final String TITLE = "BareTableWindow";

    private BareTableWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
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
}
