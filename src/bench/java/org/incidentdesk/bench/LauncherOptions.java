package org.incidentdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java options the installed launcher passes (installer/common.args, {@code --java-options} lines), so a figure
 * that starts the workstation with {@code java -jar} runs it with the JVM settings it ships with. Options naming the
 * installed layout ({@code $APPDIR}) do not apply to the jar and are left out.
 */
final class LauncherOptions {
    private static final String PREFIX = "--java-options ";

    private LauncherOptions() {
    }

    static List<String> of(Path projectRoot) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(projectRoot.resolve("installer").resolve("common.args"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith(PREFIX) && !trimmed.contains("$APPDIR")) {
                options.add(trimmed.substring(PREFIX.length()).strip());
            }
        }
        return List.copyOf(options);
    }
}
