package org.incidentdesk.ui.shell;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.roster.PersonRow;
import org.incidentdesk.ui.roster.RosterViewModel;
import org.incidentdesk.ui.roster.RosterWorkspace;
import org.incidentdesk.ui.roster.ShiftRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Workspaces own their keys and follow the clock while shown. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceLifetimeTest {
    /** The demo office's shifts change hands at 08:30 Shanghai: the next change after NOW is 03-03 08:30. */
    private static final Instant NEXT_HANDOVER = Instant.parse("2026-03-03T00:30:00Z");

    private WorkstationHarness harness;
    private RosterViewModel roster;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        roster = ((RosterWorkspace) window.workspaces().get(0)).viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private TableView<PersonRow> people(FxRobot robot) {
        return robot.lookup("#people-table").queryTableView();
    }

    @Test
    void ctrlDInThePlanWorkspaceLeavesTheHiddenRosterAlone(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#plan-view").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        harness.drain();
        assertFalse(roster.duty().onDutyOnlyProperty().get(), "Ctrl+D belongs to the roster, which is hidden");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#roster-view").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitUntil(() -> roster.duty().onDutyOnlyProperty().get());
    }

    @Test
    void onDutyNowChangesAtTheShiftHandoverWithoutAClick(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.clickOn("#show-on-duty");
        TableView<ShiftRow> shifts = robot.lookup("#shift-table").queryTableView();
        waitUntil(() -> shifts.getItems().size() == 1);
        assertEquals(List.of("沈一苇"), onDuty(shifts));
        assertEquals(1, rosterWakeUps(), "one wake-up, at the next handover");

        robot.interact(() -> harness.time().advanceTo(NEXT_HANDOVER.minusSeconds(1)));
        assertEquals(List.of("沈一苇"), onDuty(shifts), "a second before the handover nothing changes");

        robot.interact(() -> harness.time().advanceTo(NEXT_HANDOVER.plusSeconds(60)));
        waitUntil(() -> onDuty(shifts).equals(List.of("纪舒言")));
        assertTrue(people(robot).getItems().stream().filter(PersonRow::onDuty).map(PersonRow::name).toList()
                .contains("纪舒言"), "the people table marks the new duty officer too");
        assertEquals(1, rosterWakeUps(), "re-armed at the handover after that");
    }

    @Test
    void aHiddenRosterArmsNoWakeUp(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#plan-view").tryQuery().isPresent());
        harness.drain();
        assertEquals(0, rosterWakeUps(), "the roster's wake-up goes with the roster");
    }

    @Test
    void anAppLifetimeViewModelKeepsRunningAcrossWorkspacesAndLanguages(FxRobot robot) {
        waitUntil(() -> people(robot).getItems().size() == 30);
        List<String> lifecycle = new ArrayList<>();
        AppViewModels.AppViewModel banner = new AppViewModels.AppViewModel() {
            @Override
            public void start() {
                lifecycle.add("start");
            }

            @Override
            public void stop() {
                lifecycle.add("stop");
            }
        };
        robot.interact(() -> window.appViewModels().add(banner));
        assertEquals(List.of("start"), lifecycle, "added to an open window, it starts at once");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#plan-view").tryQuery().isPresent());
        robot.clickOn("#language-toggle");
        waitUntil(() -> robot.lookup("#nav-roster").queryLabeled().getText().equals("Roster"));
        assertEquals(List.of("start"), lifecycle, "workspace and language switches leave it running");

        robot.interact(() -> window.dispose());
        assertEquals(List.of("start", "stop"), lifecycle);
    }

    private long rosterWakeUps() {
        return harness.time().armed().stream().filter(t -> t.name().startsWith("roster")).count();
    }

    private static List<String> onDuty(TableView<ShiftRow> shifts) {
        return shifts.getItems().stream().filter(ShiftRow::current).map(ShiftRow::personName).toList();
    }
}
