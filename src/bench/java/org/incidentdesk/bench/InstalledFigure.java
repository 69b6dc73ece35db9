package org.incidentdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The installed program (the .deb in /opt/incidentdesk): cold start until the main window is mapped, with the
 * shipped AOT cache and without it, against a bare JavaFX window on the installed runtime; and the installed size.
 */
final class InstalledFigure implements Figure {
    private static final Path INSTALL = Path.of("/opt/incidentdesk");

    @Override
    public String id() {
        return "installed";
    }

    @Override
    public String title() {
        return "Installed program (.deb): cold start and size";
    }

    @Override
    public String method() {
        return "The .deb built by `mvn -Pinstaller package`, installed with `dpkg -i` into /opt/incidentdesk, on a "
                + "data directory made by one uncounted start (the demo office). Each run starts its launcher "
                + "`bin/IncidentDesk` and times it until the window is mapped, as it ships (with its AOT cache) and "
                + "with `JAVA_TOOL_OPTIONS=-XX:AOTMode=off`, against `BareTableWindow` on the installed runtime "
                + "`lib/runtime/bin/java`, interleaved. Size: all of /opt/incidentdesk.";
    }

    @Override
    public List<Row> measure(BenchRun run) throws Exception {
        String unavailable = WindowTimer.unavailable();
        if (unavailable != null) {
            throw new Skipped(unavailable);
        }
        Path launcher = INSTALL.resolve("bin/IncidentDesk");
        if (!Files.isExecutable(launcher)) {
            throw new Skipped("the .deb is not installed (mvn -Pinstaller package, then dpkg -i the package)");
        }
        Path dataDir = run.freshDirectory("installed-office");
        List<String> workstation = List.of(launcher.toString(), "--data-dir", dataDir.toString());
        List<String> bare = List.of(INSTALL.resolve("lib/runtime/bin/java").toString(),
                "--enable-native-access=javafx.graphics", "-cp",
                Path.of(BareTableWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                BareTableWindow.class.getName());
        try (WindowTimer first = WindowTimer.start(workstation, Map.of(), WindowTimer.WORKSTATION_TITLE)) {
            first.awaitMapped(); // creates the data directory; not counted
        }
        String bareTitle = "^" + BareTableWindow.TITLE + "$";
        Map<String, String> noCache = Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off");
        BenchRun.Pair cached = run.interleave(run.runs(),
                () -> WindowTimer.timeToMapped(workstation, Map.of(), WindowTimer.WORKSTATION_TITLE),
                () -> WindowTimer.timeToMapped(bare, Map.of(), bareTitle));
        BenchRun.Pair plain = run.interleave(run.runs(),
                () -> WindowTimer.timeToMapped(workstation, noCache, WindowTimer.WORKSTATION_TITLE),
                () -> WindowTimer.timeToMapped(bare, Map.of(), bareTitle));
        String reference = "bare JavaFX window, installed runtime";
        return List.of(
                Row.of("installed, AOT cache: cold start to the mapped window", Samples.of("s", cached.measured()),
                        reference, Samples.of("s", cached.reference()), new Target.RatioAtMost(1.0)),
                Row.of("installed, no AOT cache: cold start to the mapped window", Samples.of("s", plain.measured()),
                        reference, Samples.of("s", plain.reference()), new Target.RatioAtMost(1.5)),
                Row.alone("installed size (all of /opt/incidentdesk)", Samples.of("MB", List.of(sizeMb(INSTALL))),
                        new Target.None()));
    }

    private static double sizeMb(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024.0 / 1024.0;
        }
    }
}
