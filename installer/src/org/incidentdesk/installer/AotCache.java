package org.incidentdesk.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JDK AOT cache (JEP 483/514/515), trained on the app image's own launcher and runtime, so it matches exactly
 * the runtime, jars and class path that ship. The launcher ignores JDK_JAVA_OPTIONS, but the JVM reads
 * JAVA_TOOL_OPTIONS, which carries the training options and, for the check, the class-loading log.
 */
final class AotCache {
    static final String FILE = "incidentdesk.aot";
    static final String LAUNCHER_OPTION = "java-options=-XX:AOTCache=$APPDIR/" + FILE;

    private final BuildSettings settings;
    private final Tools tools;

    AotCache(BuildSettings settings, Tools tools) {
        this.settings = settings;
        this.tools = tools;
    }

    /** A first start creates the data directory (demo office); the training run then opens the window, as users do. */
    void train() throws IOException {
        Path data = settings.work().resolve("aot-training-data");
        Tools.deleteTree(data);
        Path cache = settings.appDir().resolve(FILE);
        Files.deleteIfExists(cache);
        String launcher = settings.launcher().toString();
        tools.runOrFail("aot-seed", List.of(launcher, "--data-dir", data.toString(), "plan", "list"), Map.of(), 15);
        List<String> command = new ArrayList<>(List.of(launcher, "--data-dir", data.toString()));
        if (settings.os() == BuildSettings.Os.LINUX && isBlank(System.getenv("DISPLAY"))) {
            command.addAll(0, List.of("xvfb-run", "-a", "-s", "-screen 0 1280x720x24"));
        }
        tools.runOrFail("aot-training", command,
                Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache + " -Dincidentdesk.trainingRun=true"), 30);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache " + cache + "; see the aot-training log");
        }
        System.out.printf("[installer] AOT cache %s: %d MB%n", cache, Files.size(cache) >> 20);
    }

    /** Every launcher of the image (the window's and, on Windows, the console's) loads the cache. */
    void enableInLaunchers() throws IOException {
        try (DirectoryStream<Path> configs = Files.newDirectoryStream(settings.appDir(), "*.cfg")) {
            for (Path cfg : configs) {
                String text = Files.readString(cfg, StandardCharsets.UTF_8);
                if (!text.contains(LAUNCHER_OPTION)) {
                    Files.writeString(cfg, text.replace("[JavaOptions]\n", "[JavaOptions]\n" + LAUNCHER_OPTION + "\n"),
                            StandardCharsets.UTF_8);
                }
            }
        }
    }

    /**
     * Proves the launcher of the image at {@code imageRoot} maps the cache: {@code -XX:AOTMode=on} makes the JVM
     * fail rather than start without it, and the class-loading log must show the program's own classes taken
     * from the cache ("source: shared objects file").
     */
    void verifyUsed(Path imageRoot) {
        Path launcher = settings.os() == BuildSettings.Os.WINDOWS ? imageRoot.resolve("incidentdesk-cli.exe")
                : imageRoot.resolve("bin").resolve(BuildSettings.APP_NAME);
        Path classLog = settings.work().resolve("logs").resolve("aot-check-classes.log");
        try {
            Files.createDirectories(classLog.getParent());
            Files.deleteIfExists(classLog);
            int exit = tools.run("aot-check", List.of(launcher.toString(), "--version"),
                    Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Xlog:class+load=info:file=" + classLog), 10);
            List<String> lines = Files.exists(classLog) ? Files.readAllLines(classLog) : List.of();
            long fromCache = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
            boolean ownClass = lines.stream().anyMatch(
                    l -> l.contains("org.incidentdesk.cli.RootCommand source: shared objects file"));
            if (exit != 0 || !ownClass) {
                throw new IllegalStateException("the AOT cache is not used by " + launcher + " (exit " + exit + ", "
                        + fromCache + " classes from the cache); see " + classLog + " and the aot-check log");
            }
            System.out.printf("[installer] AOT cache used by %s: %d classes loaded from it%n", launcher, fromCache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
