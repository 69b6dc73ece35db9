package org.incidentdesk.installer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jpackage command lines, in two steps: the app image ({@code common.args} and the OS's
 * {@code app-image.args}), then each installer from the trained image (the OS's {@code deb.args}, {@code rpm.args},
 * {@code msi.args}, {@code msi-peruser.args}). The argument files are expanded here, so what is printed is what runs.
 */
final class JpackageCommands {
    /** One jpackage run; {@code missing} names the tool it needs that this machine lacks (empty: can run). */
    record Step(String type, List<String> args, String missing) {
        boolean available() {
            return missing.isEmpty();
        }

        void print(PrintStream out) {
            out.println("# " + type + (available() ? "" : " (needs " + missing + ")"));
            StringBuilder line = new StringBuilder("jpackage");
            for (String arg : args) {
                line.append(' ').append(arg.isEmpty() || arg.matches(".*[\\s\"$].*")
                        ? "'" + arg.replace("'", "'\\''") + "'" : arg);
            }
            out.println(line);
        }
    }

    private final BuildSettings settings;

    JpackageCommands(BuildSettings settings) {
        this.settings = settings;
    }

    Step appImage() {
        List<String> args = new ArrayList<>(List.of("--type", "app-image"));
        args.addAll(ArgFile.read(settings.config("common.args")));
        args.addAll(ArgFile.read(settings.osConfig("app-image.args")));
        args.addAll(List.of("--app-version", settings.version(),
                "--input", settings.input().toString(),
                "--runtime-image", settings.runtime().toString(),
                "--dest", settings.imageParent().toString()));
        return new Step("app-image", args, "");
    }

    List<Step> installers() {
        return switch (settings.os()) {
            case LINUX -> List.of(installer("deb", "deb.args", settings.packages(), toolMissing("dpkg-deb", "fakeroot")),
                    installer("rpm", "rpm.args", settings.packages(), toolMissing("rpmbuild")));
            case WINDOWS -> List.of(
                    installer("msi", "msi.args", settings.packages(), wixMissing()),
                    installer("msi", "msi-peruser.args", settings.packages().resolve("per-user"), wixMissing()));
            case MAC -> List.of();
        };
    }

    private Step installer(String type, String argFile, Path dest, String missing) {
        List<String> args = new ArrayList<>(List.of("--type", type,
                "--app-image", settings.appImage().toString(),
                "--app-version", settings.version(),
                "--dest", dest.toString()));
        args.addAll(ArgFile.read(settings.osConfig(argFile)));
        return new Step(type + " (" + argFile + ")", args, missing);
    }

    private String toolMissing(String... tools) {
        List<String> missing = new ArrayList<>();
        for (String tool : tools) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        return String.join(", ", missing);
    }

    /** WiX 3 (candle, light) or WiX 4/5 (wix); jpackage finds either on PATH. */
    private String wixMissing() {
        boolean found = onPath("wix.exe") || (onPath("candle.exe") && onPath("light.exe"));
        return found ? "" : "WiX Toolset on PATH";
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir).resolve(tool))) {
                return true;
            }
        }
        return false;
    }

    /** An argument file as jpackage reads one: whitespace-separated words, double quotes, # comment lines. */
    static final class ArgFile {
        private ArgFile() {
        }

        static List<String> read(Path file) {
            try {
                List<String> args = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        split(trimmed, args);
                    }
                }
                return args;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read jpackage argument file " + file, e);
            }
        }

        private static void split(String line, List<String> args) {
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean inWord = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inWord = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inWord) {
                        args.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unclosed quote in jpackage arguments: " + line);
            }
            if (inWord) {
                args.add(word.toString());
            }
        }
    }
}
