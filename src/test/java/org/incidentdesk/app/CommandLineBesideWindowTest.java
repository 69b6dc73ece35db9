package org.incidentdesk.app;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.incidentdesk.app.channel.WindowChannel;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.BoardRow;
import org.incidentdesk.ui.board.BoardViewModel;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window open on a data directory (the real workstation, in this JVM) and the command line started beside it
 * as its own process, as an office runs them (issue 19, item 5): the command line finds the database held, hands
 * its command to the window, and the window runs it on its own services.
 */
@ExtendWith(ApplicationExtension.class)
class CommandLineBesideWindowTest {
    @TempDir
    Path workingDirectory;

    private WorkstationHarness harness;
    private Stage stage;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new WorkstationHarness();
        MainWindow window = harness.show(stage, 1280, 720);
        board = WorkstationHarness.workspace(window, BoardWorkspace.class).viewModel();
        window.showWorkspace(BoardWorkspace.ID);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private record Ran(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    /** {@code incidentdesk --data-dir <the window's> args…} as a process of its own, in {@link #workingDirectory}. */
    private Ran commandLine(String... args) throws Exception {
        return commandLineWithInput("", args);
    }

    /** As {@link #commandLine}, with {@code stdin} typed into it. */
    private Ran commandLineWithInput(String stdin, String... args) throws Exception {
        waitUntil(() -> Files.exists(harness.dataDir().resolve(WindowChannel.SOCKET_FILE)));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName(), "--data-dir", harness.dataDir().toString()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        try (var in = child.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(child.getErrorStream()));
        String out = read(child.getInputStream());
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the command line did not end");
        return new Ran(child.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void incidentNewFromTheCommandLineSucceedsAndTheBoardShowsItWithoutAClick() throws Exception {
        String title = "命令行接报：网传城东小区停水";
        waitUntil(() -> fx(() -> board.loadedAtProperty().get() != null));
        assertFalse(fx(() -> board.rows().stream().anyMatch(row -> row.title().equals(title))));

        Ran ran = commandLine("incident", "new", "--title", title, "--category", "inquiry");

        assertEquals(0, ran.exit(), ran.err());
        String number = ran.lastLine();
        assertTrue(number.matches("\\d{4}-\\d{3}"), ran.out());
        waitUntil(() -> fx(() -> board.rows().stream().anyMatch(row -> row.title().equals(title))));
        BoardRow row = fx(() -> board.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow());
        assertEquals(number, row.number().toString(), "the board shows the number the command line printed");
    }

    @Test
    void aRefusedCommandExitsAndSaysWhyExactlyAsItWouldOnItsOwn() throws Exception {
        String[] args = {"incident", "new", "--title", "网传停电", "--category", "没有这个类别"};
        StringWriter alongsideErr = new StringWriter();
        int alongside = RootCommand.commandLine(new WindowCliEnvironment(harness.context()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(alongsideErr, true)).execute(args);

        Ran ran = commandLine(args);

        assertEquals(2, alongside, alongsideErr.toString());
        assertEquals(alongside, ran.exit());
        assertEquals(alongsideErr.toString().strip(), ran.err().strip());
        assertTrue(ran.err().contains("没有这个类别"), ran.err());
        assertEquals("", ran.out());
    }

    @Test
    void relativePathsAreTheCommandLinesAndARestoreIsRefusedWhileTheWindowIsOpen() throws Exception {
        Ran exported = commandLine("roster", "export", "通讯录.csv");

        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.size(workingDirectory.resolve("通讯录.csv")) > 0,
                "written where the command line runs, not where the window does");

        Files.writeString(workingDirectory.resolve("backup.idbackup"), "not opened: the database is held");
        Ran restore = commandLine("restore", "backup.idbackup");
        assertEquals(2, restore.exit(), restore.err());
        assertTrue(restore.err().contains("请先关闭窗口"), restore.err());
    }

    @Test
    void aSecondStartOfTheWindowBringsTheFirstToTheFrontAndEnds() throws Exception {
        fx(() -> {
            stage.setIconified(true);
            return null;
        });
        waitUntil(() -> fx(stage::isIconified));

        Ran second = commandLine();

        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("已把它切到前台"), second.out());
        waitUntil(() -> fx(() -> !stage.isIconified() && stage.isShowing()));
        assertFalse(fx(stage::isIconified));
    }

    @Test
    void aCommandSignsInWithThePasswordOnItsOwnStandardInputAndTheWindowsPersonStaysAsItWas() throws Exception {
        String password = "Shouhu#2026";
        harness.context().accounts().createAdministrator("anquan",
                harness.context().roster().load().people().getFirst().id(), password.toCharArray(),
                password.toCharArray());

        Ran wrong = commandLineWithInput("不是这个口令\n", "--user", "anquan", "--password-stdin", "incident", "list");
        Ran right = commandLineWithInput(password + "\n", "--user", "anquan", "--password-stdin", "incident", "list");

        assertEquals(2, wrong.exit(), wrong.err());
        assertTrue(wrong.err().contains("账户名或密码错误"), wrong.err());
        assertFalse(right.err().contains("账户名或密码错误"), "the password read from the command line's stdin: "
                + right.err());
        assertTrue(harness.context().accounts().current().isEmpty(),
                "the window's signed-in person is not the command's account");
    }
}
