package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CliFailureTest {

    /** An environment whose database is held by an open window. */
    private static final CliEnvironment LOCKED = new CliEnvironment() {
        @Override
        public CliServices open(Path dataDirOverride) {
            throw new CliFailure("startup.failed.locked", null, Path.of("/data/office"));
        }

        @Override
        public void openWindow(Path dataDirOverride, Locale locale) {
            throw new AssertionError("no window");
        }
    };

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RootCommand.commandLine(LOCKED, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void aLockedDatabaseGivesOneClearMessageAndExitCodeOne() {
        String[] roster = run("roster", "export", "x.csv");
        assertEquals("1", roster[0]);
        assertEquals("数据库正被另一个 IncidentDesk 窗口或命令使用：/data/office\n请先关闭它再打开。", roster[2].strip());
        String[] plan = run("--lang", "en", "plan", "list");
        assertEquals("1", plan[0]);
        assertEquals("Another IncidentDesk window or command is using the database: /data/office\nClose it, then start again.",
                plan[2].strip());
    }
}
