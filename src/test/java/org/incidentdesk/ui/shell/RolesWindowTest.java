package org.incidentdesk.ui.shell;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.BoardRow;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.common.Permissions;
import org.incidentdesk.ui.roster.RosterWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window hides what the service would refuse the acting account, by the same policy, and shows a unit liaison
 * only their unit's incidents, as the service reads them.
 */
@ExtendWith(ApplicationExtension.class)
class RolesWindowTest {
    private WorkstationHarness harness;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void signIn(Role role) {
        harness.actAs(new Principal(new Actor("account"), 3L, null, null, Set.of(role), Secrecy.NONE, false));
        fx(() -> {
            Permissions.refresh(window.scene());
            return null;
        });
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return fx(() -> node.isVisible() && node.isManaged());
    }

    @Test
    void eachRoleSeesTheActionsItMayDoAndTheWorkstationSeesAll(FxRobot robot) {
        waitUntil(() -> robot.lookup("#add-person").tryQuery().isPresent());
        assertTrue(shown(robot, "#add-person"));
        assertTrue(shown(robot, "#nav-audit"), "the workstation in set-up mode sees every workspace");

        signIn(Role.OBSERVER);
        assertFalse(shown(robot, "#add-person"));
        assertFalse(shown(robot, "#roster-import"));
        assertFalse(shown(robot, "#nav-audit"));
        assertTrue(shown(robot, "#nav-board"), "an observer reads the board");

        signIn(Role.AUDIT_ADMIN);
        assertTrue(shown(robot, "#nav-audit"));
        assertFalse(shown(robot, "#add-person"));

        signIn(Role.OFFICE_STAFF);
        assertFalse(shown(robot, "#nav-audit"), "only the audit administrator reads the audit");
        assertTrue(shown(robot, "#add-person"));
        assertFalse(shown(robot, "#roster-import"), "importing the roster is the system administrator's");
    }

    @Test
    void aWorkspaceOpenedAfterSignInHidesWhatTheAccountMayNotDo(FxRobot robot) {
        signIn(Role.OBSERVER);
        assertTrue(fx(() -> window.showWorkspace(BoardWorkspace.ID)));
        waitUntil(() -> robot.lookup("#board-intake").tryQuery().isPresent());
        assertFalse(shown(robot, "#board-intake"));

        signIn(Role.LEADER);
        assertTrue(shown(robot, "#board-intake"));
        assertEquals(1, robot.lookup("#board-intake").queryAll().size());
    }

    @Test
    void aSignedInLiaisonsBoardShowsOnlyTheIncidentsOfTheirUnit(FxRobot robot) {
        IncidentService incidents = harness.context().incidents();
        long police = harness.context().roster().load().unitNamed("县公安局").orElseThrow().id();
        long security = harness.context().roster().load().unitNamed("县国安局").orElseThrow().id();
        Incident ours = incidents.intake(Intake.quick("网传某校食堂视频", "inquiry"));
        Incident theirs = incidents.intake(Intake.quick("某景区门票争议", "inquiry"));
        incidents.intake(Intake.quick("某路段交通事故传言", "hype"));
        incidents.assignTask(ours.id(), police, "核实情况", null);
        incidents.assignTask(theirs.id(), security, "核实账号", null);

        harness.actAs(new Principal(new Actor("liaison"), 5L, null, police, Set.of(Role.UNIT_LIAISON),
                Secrecy.NONE, false));
        assertTrue(fx(() -> window.showWorkspace(RosterWorkspace.ID)));
        assertTrue(fx(() -> window.showWorkspace(BoardWorkspace.ID)));
        robot.clickOn("#board-mode-table");
        TableView<BoardRow> table = robot.lookup("#board-table").queryTableView();
        waitUntil(() -> fx(() -> table.getItems().size() == 1));
        assertEquals(List.of(ours.id()), fx(() -> table.getItems().stream().map(BoardRow::id).toList()));
        assertEquals(List.of("县公安局"), fx(() -> table.getItems().getFirst().units()),
                "only their own unit's open task");
    }
}
