package org.incidentdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.event.DeadlineChanged;

/**
 * The writer the {@link CrashSafetyTest} kills: run in a child JVM on a data directory, it does what an office
 * does, round after round, through the program's own code — {@code incident new} and {@code warning issue}
 * exactly as the command line runs them (open, write, print, close), a large roster import, and overdue
 * deadlines firing on the alert lane. Each acknowledgement is one line on standard output, printed where the
 * program tells the user the write is done:
 * <ul>
 *   <li>the command line's own number line ({@code 2026-001}, {@code 2026-Y001}), as a user would read it;</li>
 *   <li>{@code IMPORTED <unit> <rows>} once {@code roster import} has exited 0;</li>
 *   <li>{@code ALERT <timeline entry id>} when the alert is announced (after its commit, as the window shows it).</li>
 * </ul>
 * It never stops by itself; the test ends it with SIGKILL.
 */
public final class CrashWriter {
    static final int IMPORT_ROWS = 1500;
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏";

    private CrashWriter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataDir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        String lastIncident = null;
        for (int round = 0; !out.checkError(); round++) { // a closed output: the test that read it is gone
            int op = random.nextInt(10);
            if (op < 4 || lastIncident == null) {
                String printed = cli(out, err, dataDir, "incident", "new", "--title", "断电测试事件 " + round,
                        "--category", "inquiry");
                lastIncident = printed.isEmpty() ? lastIncident : printed;
            } else if (op < 7) {
                cli(out, err, dataDir, "warning", "issue", "--incident", lastIncident, "--level", "II", "--scope", "全县",
                        "--issuer", "office", "--reason", "断电测试");
            } else if (op < 9) {
                fireDeadlines(dataDir, out, round);
            } else {
                importRoster(dataDir, out, err, random);
            }
        }
    }

    /** Runs one command as {@code incidentdesk} would, its output going straight out; returns its last line. */
    private static String cli(PrintWriter out, PrintWriter err, Path dataDir, String... command) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--data-dir", dataDir.toString()),
                java.util.Arrays.stream(command)).toArray(String[]::new);
        java.io.StringWriter copy = new java.io.StringWriter();
        PrintWriter tee = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                out.write(text, offset, length);
                copy.write(text, offset, length);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        }, true);
        int exit = RootCommand.commandLine(new AppEnvironment(), tee, err).execute(args);
        if (exit != 0) {
            err.println("exit " + exit + " for " + String.join(" ", args));
            return "";
        }
        String[] lines = copy.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    /** Opens the office days later, so the deadlines of the incidents taken so far fall due and fire. */
    private static void fireDeadlines(Path dataDir, PrintWriter out, int round) throws InterruptedException {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(6L * (round + 1)));
        try (AppContext context = AppContext.openEmbedded(dataDir, later, AppEnvironment.OFFICE_ZONE)) {
            context.events().subscribe(DeadlineChanged.class, e -> out.println("ALERT " + e.timelineEntryId()));
            context.startDeadlineAlarms();
            Thread.sleep(800);
        }
    }

    private static void importRoster(Path dataDir, PrintWriter out, PrintWriter err, Random random)
            throws IOException {
        String unit = "压测单位" + Long.toString(Math.abs(random.nextLong()), 36);
        StringBuilder csv = new StringBuilder("姓名,单位,手机\r\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(SURNAMES.charAt(i % SURNAMES.length()))
                    .append(GIVEN.charAt(i / SURNAMES.length() % GIVEN.length()))
                    .append(GIVEN.charAt(i / (SURNAMES.length() * GIVEN.length()) % GIVEN.length()))
                    .append(',').append(unit).append(',').append(13_900_000_000L + i).append("\r\n");
        }
        Path file = Files.writeString(dataDir.resolveSibling(unit + ".csv"), csv);
        int exit = RootCommand.commandLine(new AppEnvironment(), out, err).execute("--data-dir",
                dataDir.toString(), "roster", "import", file.toString());
        if (exit == 0) {
            out.println("IMPORTED " + unit + " " + IMPORT_ROWS);
        }
        Files.delete(file);
    }
}
