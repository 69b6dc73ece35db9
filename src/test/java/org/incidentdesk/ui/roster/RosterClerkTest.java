package org.incidentdesk.ui.roster;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.common.NoticeBar;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The roster as a clerk uses it: shortcuts, notices, dialogs and the duty table (issue 7). */
@ExtendWith(ApplicationExtension.class)
class RosterClerkTest {
    private WorkstationHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new WorkstationHarness();
        MainWindow window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        assertEquals(RosterWorkspace.ID, window.workspaces().get(0).id());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private TableView<PersonRow> people(FxRobot robot) {
        return robot.lookup("#people-table").queryTableView();
    }

    private int storedPeople() {
        return harness.context().roster().load().people().size();
    }

    private Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    private void deleteFirstPerson(FxRobot robot) {
        robot.interact(() -> people(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-person");
        robot.clickOn(button(robot, "删除"));
        waitUntil(() -> storedPeople() == 29);
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    @Test
    void ctrlZUndoesTheLastDelete(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        Person first = people(robot).getItems().get(0).person();
        deleteFirstPerson(robot);

        robot.clickOn("#people-table").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> storedPeople() == 30);
        assertTrue(harness.context().roster().load().person(first.id()).isPresent());
    }

    @Test
    void noticesAndShortcutsStayInTheWorkspaceThatOwnsThem(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        deleteFirstPerson(robot);
        waitUntil(() -> showing(robot, "#notice-bar-roster"));
        NoticeBar rosterNotice = robot.lookup("#notice-bar-roster").queryAs(NoticeBar.class);
        assertTrue(rosterNotice.message().contains("已删除"), rosterNotice.message());

        robot.clickOn("#nav-plans");
        waitUntil(() -> rosterNotice.getScene() == null || !rosterNotice.isVisible() || !rosterNotice.getParent().isVisible());
        assertFalse(showing(robot, "#notice-bar-roster"), "the roster's notice is not shown over the plans");
        assertEquals(null, rosterNotice.getScene(), "its undo button is not reachable from the plans");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        harness.drain();
        assertEquals(29, storedPeople(), "Ctrl+Z in the plans does not undo a roster delete");
        assertTrue(robot.lookup("#person-name").tryQuery().isEmpty(), "Ctrl+N in the plans opens no person form");

        robot.clickOn("#nav-roster");
        waitUntil(() -> rosterNotice.getScene() != null);
        assertTrue(robot.lookup("#notice-bar-plans").tryQuery().map(n -> n.getScene() == null).orElse(true),
                "and the plans' notices are not shown over the roster");
    }

    @Test
    void aDeleteIsNotTheDefaultButtonSoEnterKeepsThePerson(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.interact(() -> people(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-person");
        Button delete = button(robot, "删除");
        assertFalse(delete.isDefaultButton());
        assertTrue(button(robot, "取消").isDefaultButton());

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        harness.drain();
        assertEquals(30, storedPeople());
    }

    @Test
    void theDiscardQuestionOffersToSaveAndTheSavedPersonIsSelected(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.clickOn("#add-person");
        robot.interact(() -> robot.lookup("#person-name").queryAs(TextField.class).setText("保存者"));
        robot.interact(() -> {
            var unit = robot.lookup("#person-unit").<org.incidentdesk.domain.roster.OrgUnit>queryComboBox();
            unit.setValue(unit.getItems().stream().filter(u -> u.name().equals("县公安局")).findFirst().orElseThrow());
        });
        robot.clickOn(button(robot, "取消"));
        Button save = robot.lookup("#discard-save").queryButton();
        assertFalse(robot.lookup("#discard-drop").queryButton().isDefaultButton());
        assertTrue(robot.lookup("#discard-keep").queryButton().isDefaultButton());

        robot.clickOn(save);

        waitUntil(() -> storedPeople() == 31);
        waitUntil(() -> people(robot).getSelectionModel().getSelectedItem() != null
                && people(robot).getSelectionModel().getSelectedItem().name().equals("保存者"));
        assertTrue(robot.lookup("#person-name").tryQuery().isEmpty(), "the form closed after saving");
    }

    @Test
    void anEditedPersonStaysSelectedAfterTheSave(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.interact(() -> people(robot).getSelectionModel().select(5));
        long id = people(robot).getSelectionModel().getSelectedItem().id();
        robot.clickOn("#edit-person");
        robot.interact(() -> robot.lookup("#person-notes").queryAs(javafx.scene.control.TextArea.class).setText("改过"));
        robot.clickOn("#person-save");
        waitUntil(() -> "改过".equals(harness.context().roster().load().person(id).orElseThrow().notes()));
        waitUntil(() -> people(robot).getItems().stream().anyMatch(r -> r.id() == id && "改过".equals(r.person().notes())));
        assertEquals(id, people(robot).getSelectionModel().getSelectedItem().id());
    }

    @Test
    void theDialogIsOwnedByTheMainWindowAndLeavesItAsItWas(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        double width = stage.getWidth();
        double height = stage.getHeight();
        boolean maximized = stage.isMaximized();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#person-name").tryQuery().isPresent());
        Window dialog = robot.lookup("#person-name").query().getScene().getWindow();

        assertEquals(stage, ((Stage) dialog).getOwner());
        assertEquals(javafx.stage.Modality.WINDOW_MODAL, ((Stage) dialog).getModality());
        Node posts = robot.lookup("#person-posts").query();
        assertTrue(posts.getLayoutBounds().getHeight() >= 60, "the posts list is not squeezed away");
        double centreX = dialog.getX() + dialog.getWidth() / 2;
        assertEquals(stage.getX() + stage.getWidth() / 2, centreX, 2, "centred over the main window");
        assertEquals(width, stage.getWidth());
        assertEquals(height, stage.getHeight());
        assertEquals(maximized, stage.isMaximized());
    }

    @Test
    void aShiftIsEditedByDoubleClickAndItsErrorLineClearsOnceFixed(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.clickOn("值班表");
        TableView<ShiftRow> shifts = robot.lookup("#shift-table").queryTableView();
        waitUntil(() -> !shifts.getItems().isEmpty());
        ShiftRow first = shifts.getItems().get(0);
        robot.doubleClickOn(first.personName());
        waitUntil(() -> robot.lookup("#shift-end-time").tryQuery().isPresent());
        TextField end = robot.lookup("#shift-end-time").queryAs(TextField.class);
        robot.interact(() -> end.setText("25:99"));
        robot.clickOn("#shift-save");
        Label error = robot.lookup("#error-endsAt").queryAs(Label.class);
        waitUntil(error::isVisible);
        Button save = robot.lookup("#shift-save").queryButton();
        assertTrue(save.localToScene(save.getBoundsInLocal()).getMaxY() <= save.getScene().getHeight(),
                "the error line does not push the buttons out of the window");

        robot.interact(() -> end.setText("9:15"));
        assertFalse(error.isVisible(), "the error goes as soon as the time is fixed");

        robot.clickOn("#shift-save");
        waitUntil(() -> harness.context().roster().load().shifts().stream()
                .anyMatch(s -> s.id().equals(first.shift().id()) && s.version() == first.shift().version() + 1));
        assertEquals(3, harness.context().roster().load().shifts().size(), "changed in place, not added");
    }

    @Test
    void thePersonPickerShowsUnitsAndSearchesLikeTheRoster(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.clickOn("值班表");
        robot.clickOn("#add-shift");
        waitUntil(() -> robot.lookup("#shift-person").tryQuery().isPresent());
        ListView<Person> picker = robot.lookup("#shift-person").queryAs(ListView.class);
        robot.interact(() -> robot.lookup("#shift-person-search").queryAs(TextField.class).setText("xcy"));
        waitUntil(() -> picker.getItems().size() == 1);
        assertEquals("许晨阳", picker.getItems().get(0).name());
        assertTrue(robot.lookup("许晨阳（县公安局）").tryQuery().isPresent(), "each person is shown with their unit");
    }

    @Test
    void theTwentyFourHourMessageListsWhomToPhoneWithNumbers(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        Person liaison = harness.context().roster().load().people().stream()
                .filter(p -> p.name().equals("许晨阳")).findFirst().orElseThrow();
        robot.clickOn("值班表");
        robot.clickOn("#start-response-duty");
        robot.clickOn(button(robot, "启动24小时值班"));
        waitUntil(() -> robot.lookup(".dialog-pane .label").match((Label l) -> l.getText().contains("请电话联系")).tryQuery()
                .isPresent());
        String text = robot.lookup(".dialog-pane .label").match((Label l) -> l.getText().contains("请电话联系"))
                .queryAs(Label.class).getText();
        assertTrue(text.contains("许晨阳") && text.contains(liaison.mobile()), text);
        robot.clickOn(button(robot, "确定"));

        robot.clickOn("#end-response-duty");
        robot.clickOn(button(robot, "结束24小时值班"));
        waitUntil(() -> harness.context().roster().load().onDutyAt(WorkstationHarness.NOW).stream()
                .noneMatch(s -> s.kind() == org.incidentdesk.domain.roster.DutyKind.RESPONSE_24H));
    }

    @Test
    void switchingLanguageKeepsTheOpenTab(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.clickOn("值班表");
        robot.clickOn("#language-toggle");
        waitUntil(() -> robot.lookup("#nav-roster").queryLabeled().getText().equals("Roster"));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("tab-duty", tabs.getSelectionModel().getSelectedItem().getId());
    }
}
