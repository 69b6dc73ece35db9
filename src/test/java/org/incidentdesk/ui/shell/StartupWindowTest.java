package org.incidentdesk.ui.shell;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.app.Workstation;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.Database;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.common.Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window shows before the database is open, comes alive when it is, and says why when it cannot open. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    private final CountDownLatch openingMayFinish = new CountDownLatch(1);
    private final AtomicReference<AppContext> opened = new AtomicReference<>();
    private Path dataDir;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dataDir = Files.createTempDirectory("incidentdesk-startup-test");
        Fonts.loadBundled();
    }

    @AfterEach
    void close() throws IOException {
        openingMayFinish.countDown();
        if (opened.get() != null) {
            opened.get().close();
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void showOpeningWorkstation(FxRobot robot) {
        Workstation workstation = Workstation.opening(dataDir, Clock.fixed(WorkstationHarness.NOW,
                WorkstationHarness.ZONE), WorkstationHarness.ZONE, () -> {
                    if (!openingMayFinish.await(90, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the opening finish");
                    }
                    AppContext context = AppContext.openEmbedded(dataDir,
                            Clock.fixed(WorkstationHarness.NOW, WorkstationHarness.ZONE), WorkstationHarness.ZONE);
                    opened.set(context);
                    return context;
                }, WorkstationPreferences.load(dataDir));
        robot.interact(() -> workstation.show(stage, Locale.SIMPLIFIED_CHINESE));
    }

    /** A first open in a cold JVM creates, migrates and seeds the database: on a loaded machine it takes a while. */
    private static void waitForOpening(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowShowsWhileTheDatabaseOpensThenItsWorkspacesComeAlive(FxRobot robot) throws TimeoutException {
        showOpeningWorkstation(robot);

        assertTrue(stage.isShowing(), "the window is shown before the database is open");
        assertTrue(robot.lookup("#startup-opening").tryQuery().isPresent(), "the workspace area says it is opening");
        assertEquals("正在打开数据库…", robot.lookup("#status-startup").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status-startup").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#nav-roster").tryQuery().isEmpty(), "no workspace exists before the database");
        assertFalse(Files.exists(dataDir.resolve(Database.EMBEDDED_FILE_NAME + ".mv.db")),
                "the database has not been touched yet");

        openingMayFinish.countDown();

        waitForOpening(() -> robot.lookup("#people-table").tryQuery().isPresent());
        TableView<?> people = robot.lookup("#people-table").queryTableView();
        waitUntil(() -> !people.getItems().isEmpty());
        assertTrue(robot.lookup("#startup-opening").tryQuery().isEmpty(), "the opening notice is gone");
        assertFalse(robot.lookup("#status-startup").queryAs(Label.class).isVisible(),
                "the status bar no longer says it is opening");
        robot.clickOn("#nav-plans");
        waitUntil(() -> robot.lookup("#plan-templates").tryQuery().isPresent());
    }

    @Test
    void aDamagedDatabaseFileIsExplainedInTheWindowAndTheWindowStaysUsable(FxRobot robot) throws IOException, TimeoutException {
        Path file = dataDir.resolve(Database.EMBEDDED_FILE_NAME + ".mv.db");
        Files.write(file, "this is not a database, it is a damaged file ".repeat(400).getBytes());
        openingMayFinish.countDown();

        showOpeningWorkstation(robot);

        waitForOpening(() -> robot.lookup("#startup-failed").tryQuery().isPresent());
        String reason = robot.lookup("#startup-failure-text").queryAs(Label.class).getText();
        assertTrue(reason.startsWith("数据库文件已损坏"), reason);
        assertTrue(reason.contains(file.toString()), "the reason names the file: " + reason);
        assertFalse(reason.contains("Exception"), "no stack trace or exception name: " + reason);
        assertTrue(robot.lookup("#nav-roster").tryQuery().isEmpty(), "no workspace runs on a database that is not open");

        robot.clickOn("#language-toggle");
        waitUntil(() -> robot.lookup("#startup-failure-text").queryAs(Label.class).getText()
                .startsWith("The database file is damaged"));

        // once the file is moved away, "try again" opens a new data directory
        Files.move(file, dataDir.resolve("damaged.mv.db"));
        robot.clickOn("#startup-retry");
        waitForOpening(() -> robot.lookup("#people-table").tryQuery().isPresent());
        assertTrue(robot.lookup("#startup-failed").tryQuery().isEmpty());
    }
}
