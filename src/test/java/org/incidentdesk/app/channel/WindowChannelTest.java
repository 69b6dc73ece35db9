package org.incidentdesk.app.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.incidentdesk.cli.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's channel with a stand-in for the window: what travels, and who may use it. */
class WindowChannelTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dataDir;

    private final List<Optional<Path>> broughtToFront = new CopyOnWriteArrayList<>();
    private WindowChannel channel;

    /** Runs like a command: says its arguments and working directory, echoes a variable and one line of stdin. */
    private class EchoWindow implements WindowRequests {
        @Override
        public int run(List<String> args, Caller caller, PrintWriter out, PrintWriter err, IntConsumer endEarly) {
            out.println("参数 " + String.join("|", args) + " 在 " + caller.workingDirectory());
            err.println("变量 " + caller.variable("INCIDENTDESK_ACCOUNT").orElse("-")
                    + " " + caller.variable("HOME").orElse("-"));
            if (args.contains("--password")) {
                char[] typed = caller.terminal().readPassword("口令：");
                out.println(typed == null ? "没有终端" : "口令 " + new String(typed));
            }
            if (args.contains("--read")) {
                try {
                    String line = new BufferedReader(new InputStreamReader(caller.stdin(), StandardCharsets.UTF_8))
                            .readLine();
                    out.println("读到 " + line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return args.contains("--fail") ? 2 : 0;
        }

        @Override
        public void bringToFront(Optional<Path> planFile) {
            broughtToFront.add(planFile);
        }
    }

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    private record Ran(int exit, String out, String err) {
    }

    private Ran run(Path dir, List<String> args, Caller caller) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (WindowClient client = WindowClient.connect(dir).orElseThrow()) {
            int exit = client.run(args, caller, out, err);
            return new Ran(exit, out.toString(GBK), err.toString(GBK));
        }
    }

    private Caller caller(InputStream stdin) {
        return caller(stdin, prompt -> {
            throw new AssertionError("asked for a password: " + prompt);
        });
    }

    private Caller caller(InputStream stdin, Caller.Terminal terminal) {
        return new Caller(Path.of("/srv/值班"), Caller.forwardedOf(Map.of("INCIDENTDESK_ACCOUNT", "值班员甲",
                "HOME", "/home/someone")), stdin, GBK, terminal);
    }

    @Test
    void aCommandRunsWithTheCallersArgumentsDirectoryAndVariablesAndItsOutputAndExitCodeComeBack() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());

        Ran ran = run(dataDir, List.of("incident", "new", "--title", "网传停水", "--fail"), caller(InputStream.nullInputStream()));

        assertEquals(2, ran.exit());
        assertEquals("参数 incident|new|--title|网传停水|--fail 在 /srv/值班" + System.lineSeparator(), ran.out(),
                "the output arrives in the caller's charset (GBK here)");
        assertEquals("变量 值班员甲 -" + System.lineSeparator(), ran.err(),
                "the program's own variables travel, the rest of the environment does not");
    }

    @Test
    void standardInputIsReadFromTheCallerOnlyWhenTheCommandAsks() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("stdin read by a command that does not read it");
            }
        };

        assertEquals(0, run(dataDir, List.of("incident", "list"), caller(untouchable)).exit());
        Ran reading = run(dataDir, List.of("--read"), caller(new ByteArrayInputStream(
                "口令第一行\n第二行\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(reading.out().endsWith("读到 口令第一行" + System.lineSeparator()), reading.out());
    }

    @Test
    void aPasswordIsAskedAtTheCallersTerminalOnlyWhenTheCommandAsks() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());
        List<String> prompts = new CopyOnWriteArrayList<>();

        Ran typed = run(dataDir, List.of("--password"), caller(InputStream.nullInputStream(), prompt -> {
            prompts.add(prompt);
            return "值班2026!".toCharArray();
        }));
        Ran noTerminal = run(dataDir, List.of("--password"), caller(InputStream.nullInputStream(), prompt -> null));

        assertEquals(List.of("口令："), prompts);
        assertTrue(typed.out().endsWith("口令 值班2026!" + System.lineSeparator()), typed.out());
        assertTrue(noTerminal.out().endsWith("没有终端" + System.lineSeparator()), noTerminal.out());
    }

    @Test
    void theSocketIsPrivateToTheUserAndGoneWhenTheWindowCloses() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());
        Path socket = dataDir.resolve(WindowChannel.SOCKET_FILE);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
        channel.close();
        assertTrue(Files.notExists(socket));
        assertTrue(WindowClient.connect(dataDir).isEmpty(), "no window, no connection");
    }

    @Test
    void aSocketFileLeftByAKilledWindowNeitherAnswersNorKeepsTheNextWindowFromListening() throws Exception {
        Path socket = dataDir.resolve(WindowChannel.SOCKET_FILE);
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(socket)); // closing does not remove the file: as after a kill
        }
        assertTrue(Files.exists(socket));
        assertTrue(WindowClient.connect(dataDir).isEmpty(), "a stale socket is no window");

        channel = WindowChannel.listen(dataDir, new EchoWindow());

        assertEquals(0, run(dataDir, List.of("incident", "list"), caller(InputStream.nullInputStream())).exit());
    }

    @Test
    void aSecondStartBringsTheWindowToTheFrontWithItsPlanFile() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());
        try (WindowClient client = WindowClient.connect(dataDir).orElseThrow()) {
            client.bringToFront(Optional.empty());
        }
        try (WindowClient client = WindowClient.connect(dataDir).orElseThrow()) {
            client.bringToFront(Optional.of(Path.of("/srv/plans/本校预案.idplan")));
        }

        assertEquals(List.of(Optional.empty(), Optional.of(Path.of("/srv/plans/本校预案.idplan"))), broughtToFront);
    }

    @Test
    void aRequestForAnotherDataDirectoryIsRefused() throws Exception {
        channel = WindowChannel.listen(dataDir, new EchoWindow());
        Path other = Files.createDirectory(dataDir.resolve("other"));
        Files.createSymbolicLink(other.resolve(WindowChannel.SOCKET_FILE), dataDir.resolve(WindowChannel.SOCKET_FILE));

        WindowClient.Refused refused = assertThrows(WindowClient.Refused.class,
                () -> run(other, List.of("incident", "list"), caller(InputStream.nullInputStream())));

        assertEquals("channel.refused.dataDir", refused.reasonKey());
    }

    @Test
    void theLogNamesTheCommandButNotWhatWasTypedIntoIt() {
        assertEquals("incident new", WindowChannel.commandOf(List.of("--data-dir", "/srv/office", "--lang", "en",
                "incident", "new", "--title", "网传某领导住址", "--category", "leak")));
        assertEquals("backup", WindowChannel.commandOf(List.of("backup", "--out", "b.idbackup")));
        assertEquals("roster import", WindowChannel.commandOf(List.of("--user", "zhang", "roster", "import", "通讯录.csv")));
    }

    @Test
    void aCommandEndedEarlyReturnsItsExitCodeWhileItsThreadStaysBehind() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        channel = WindowChannel.listen(dataDir, new EchoWindow() {
            @Override
            public int run(List<String> args, Caller caller, PrintWriter out, PrintWriter err, IntConsumer endEarly) {
                err.println("数据库没有响应");
                endEarly.accept(1);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.println("too late");
                finished.countDown();
                return 0;
            }
        });

        Ran ran = run(dataDir, List.of("incident", "new"), caller(InputStream.nullInputStream()));

        assertEquals(1, ran.exit());
        assertEquals("数据库没有响应" + System.lineSeparator(), ran.err());
        assertEquals(1, finished.getCount(), "the command's thread is still running");
        release.countDown();
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertTrue(channel.awaitIdle(java.time.Duration.ofSeconds(10)));
    }
}
