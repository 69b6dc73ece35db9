package org.incidentdesk.ui.roster;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RosterWorkspaceTest {
    private WorkstationHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.show(stage, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private TableView<PersonRow> table(FxRobot robot) {
        return robot.lookup("#people-table").queryTableView();
    }

    private int storedPeople() {
        return harness.context().roster().load().people().size();
    }

    @Test
    void addFindEditAndDeleteAPerson(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);

        // add
        robot.clickOn("#add-person");
        robot.interact(() -> robot.lookup("#person-name").queryAs(TextField.class).setText("测试员甲"));
        ComboBox<OrgUnit> unit = robot.lookup("#person-unit").queryComboBox();
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.name().equals("县公安局")).findFirst().orElseThrow()));
        robot.clickOn("#person-mobile").write("13912345678");
        robot.clickOn("#person-save");
        waitUntil(() -> storedPeople() == 31);
        Person added = harness.context().roster().load().people().stream()
                .filter(p -> p.name().equals("测试员甲")).findFirst().orElseThrow();
        assertEquals("13912345678", added.mobile());

        // find by pinyin initials
        robot.clickOn("#roster-search").write("csyj");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals("测试员甲", table(robot).getItems().get(0).name());
        assertEquals("县公安局", table(robot).getItems().get(0).unitName());

        // edit: a bad mobile is refused with the field named, the dialog stays open
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#edit-person");
        TextField mobile = robot.lookup("#person-mobile").queryAs(TextField.class);
        robot.interact(() -> mobile.setText("12345"));
        robot.clickOn("#person-save");
        Label error = robot.lookup("#error-mobile").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertTrue(error.getText().contains("手机"), error.getText());
        assertEquals("13912345678", harness.context().roster().load().person(added.id()).orElseThrow().mobile());
        robot.interact(() -> mobile.setText("13700000001"));
        robot.clickOn("#person-save");
        waitUntil(() -> "13700000001".equals(harness.context().roster().load().person(added.id()).orElseThrow().mobile()));
        waitUntil(() -> table(robot).getItems().size() == 1 && "13700000001".equals(table(robot).getItems().get(0).person().mobile()));

        // delete with confirmation, then undo
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-person");
        Button confirm = robot.lookup(".dialog-pane .button").match((Button b) -> "删除".equals(b.getText())).queryButton();
        robot.clickOn(confirm);
        waitUntil(() -> storedPeople() == 30);
        waitUntil(() -> table(robot).getItems().isEmpty());
        robot.clickOn("#notice-action");
        waitUntil(() -> storedPeople() == 31);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(added.id(), table(robot).getItems().get(0).id(), "undo restores the same person");
    }

    @Test
    void theWindowRefusesDatabaseWorkOnTheJavaFxThread(FxRobot robot) {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        robot.interact(() -> {
            try {
                harness.context().roster().load();
            } catch (IllegalStateException e) {
                refused.set(e);
            }
        });
        assertNotNull(refused.get(), "a query on the FX thread must fail in every UI test, not freeze the window");
        assertEquals(30, storedPeople(), "the same query off the FX thread works");
    }

    @Test
    void cancellingAFilledFormAsksBeforeDroppingIt(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        robot.clickOn("#add-person");
        robot.interact(() -> robot.lookup("#person-name").queryAs(TextField.class).setText("未保存的人"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "取消".equals(b.getText())).queryButton());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "继续填写".equals(b.getText())).queryButton());
        assertEquals("未保存的人", robot.lookup("#person-name").queryAs(TextField.class).getText(),
                "the form is still open with what was typed");

        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "取消".equals(b.getText())).queryButton());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "放弃并关闭".equals(b.getText())).queryButton());
        harness.drain();
        assertTrue(robot.lookup("#person-name").tryQuery().isEmpty(), "the form is closed");
        assertEquals(30, storedPeople());
    }

    @Test
    void twoDeletesAreUndoneOneAfterTheOther(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        Person first = table(robot).getItems().get(0).person();
        Person second = table(robot).getItems().get(1).person();
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> table(robot).getSelectionModel().select(0));
            robot.clickOn("#delete-person");
            robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "删除".equals(b.getText())).queryButton());
            int left = 29 - i;
            waitUntil(() -> storedPeople() == left);
        }
        robot.clickOn("#notice-action");
        waitUntil(() -> storedPeople() == 29);
        assertTrue(harness.context().roster().load().person(second.id()).isPresent(), "the latest delete is undone first");
        robot.clickOn("#notice-action");
        waitUntil(() -> storedPeople() == 30);
        assertTrue(harness.context().roster().load().person(first.id()).isPresent());
    }

    @Test
    void cancellingADeleteKeepsThePerson(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-person");
        Button cancel = robot.lookup(".dialog-pane .button").match((Button b) -> "取消".equals(b.getText())).queryButton();
        robot.clickOn(cancel);
        harness.drain();
        assertEquals(30, storedPeople());
        assertEquals(30, table(robot).getItems().size());
    }

    @Test
    void selectingAUnitShowsItsPeopleLeadAndLiaison(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        robot.clickOn("县公安局");
        waitUntil(() -> table(robot).getItems().size() == 2);
        Label lead = robot.lookup("#unit-detail-lead").queryAs(Label.class);
        Label liaison = robot.lookup("#unit-detail-liaison").queryAs(Label.class);
        assertTrue(lead.getText().startsWith("分管负责同志："), lead.getText());
        assertFalse(lead.getText().contains("未指定"));
        assertTrue(liaison.getText().startsWith("联络员："), liaison.getText());
    }

    @Test
    void onDutyNowIsOneClickAway(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        robot.clickOn("#show-on-duty");
        TableView<ShiftRow> shifts = robot.lookup("#shift-table").queryTableView();
        waitUntil(() -> shifts.getItems().size() == 1);
        assertTrue(shifts.getItems().get(0).current());
        assertEquals("县指挥部办公室", shifts.getItems().get(0).unitName());
    }

    @Test
    void theLanguageSwitchRebuildsTheWindowInEnglish(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 30);
        robot.clickOn("#language-toggle");
        waitUntil(() -> robot.lookup("#nav-roster").queryLabeled().getText().equals("Roster"));
        assertEquals("Add person", robot.lookup("#add-person").queryButton().getText());
    }
}
