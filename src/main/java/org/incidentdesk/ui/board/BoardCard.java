package org.incidentdesk.ui.board;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** An incident as a kanban card: number and level, title, category, the next due time counting down, units. */
final class BoardCard extends ListCell<BoardRow> {
    private final BoardViewModel model;
    private final Label number = new Label();
    private final Label level = new Label();
    private final Label title = new Label();
    private final Label category = new Label();
    private final Label due = new Label();
    private final Label units = new Label();
    private final VBox box;

    BoardCard(BoardViewModel model) {
        this.model = model;
        number.getStyleClass().add("text-bold");
        title.setWrapText(true);
        title.getStyleClass().add("board-card-title");
        category.getStyleClass().add("text-muted");
        units.getStyleClass().add("text-muted");
        units.setWrapText(true);
        due.getStyleClass().add("board-card-due");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new VBox(2, new HBox(6, number, gap, level), title, category, due, units);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("board-card");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(BoardRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("card-" + row.number());
        number.setText(row.number().toString());
        level.setText(row.level() == null ? model.messages().get("board.levelNone") : row.level().label());
        level.setStyle(LevelStyle.badge(row.level()));
        title.setText(row.title());
        category.setText(row.categoryName());
        String countdown = model.countdown(row);
        due.setText(countdown);
        due.setVisible(!countdown.isEmpty());
        due.setManaged(!countdown.isEmpty());
        due.setStyle(model.overdue(row) ? "-fx-text-fill: -color-danger-fg;" : "");
        units.setText(String.join("、", row.units()));
        units.setVisible(!row.units().isEmpty());
        units.setManaged(!row.units().isEmpty());
        box.setStyle(LevelStyle.card(row.level()));
        setGraphic(box);
    }
}
