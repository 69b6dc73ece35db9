package org.incidentdesk.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Java runtime shipped with the program: jlink with the modules jdeps finds in the program and its libraries,
 * plus the few it cannot see, and JavaFX's modular jars for this OS and architecture (Maven's {@code -linux},
 * {@code -linux-aarch64}, {@code -win} jars, picked by the JavaFX pom for the build machine). jlink keeps their
 * native libraries inside the module, where JavaFX would unpack them into the user's home at the first start;
 * they are put beside the runtime's own libraries instead, where JavaFX loads them directly.
 */
final class RuntimeImage {
    /** A platform jar: javafx-graphics-25.0.3-linux.jar, not the empty javafx-graphics-25.0.3.jar. */
    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-[0-9][0-9.]*-[a-z0-9-]+\\.jar");

    /**
     * Modules that jdeps cannot find because they are reached by name or as a service: the Chinese and English
     * locale data (dates and numbers in zh_CN), the GBK and GB18030 charsets of roster imports, the zip file system,
     * and JavaFX's controls and Swing bridge, which the program's classes name only through other modules.
     */
    static final List<String> ADDED_MODULES = List.of("javafx.controls", "javafx.swing", "jdk.localedata",
            "jdk.charsets", "jdk.zipfs", "jdk.unsupported");

    private RuntimeImage() {
    }

    static void build(BuildSettings settings, Tools tools) throws IOException {
        Path lib = settings.target().resolve("lib");
        List<Path> javafx = javafxPlatformJars(lib);
        String modulePath = String.join(java.io.File.pathSeparator, javafx.stream().map(Path::toString).toList());
        String classPath = String.join(java.io.File.pathSeparator,
                AppInput.libraries(lib).stream().map(Path::toString).toList());
        String jdeps = tools.jdk("jdeps", List.of("-q", "--multi-release", "25", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", modulePath, "--add-modules", "javafx.controls,javafx.swing",
                "--class-path", classPath, settings.input().resolve("incidentdesk.jar").toString()));
        TreeSet<String> modules = new TreeSet<>(List.of(lastLine(jdeps).split(",")));
        modules.addAll(ADDED_MODULES);
        Tools.deleteTree(settings.runtime());
        // bin/java stays: the AOT cache's training run starts it to assemble the cache
        tools.jdk("jlink", List.of("--module-path", modulePath, "--add-modules", String.join(",", modules),
                "--include-locales=zh,en", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", settings.runtime().toString()));
        Path natives = settings.os() == BuildSettings.Os.WINDOWS ? settings.runtime().resolve("bin")
                : settings.runtime().resolve("lib");
        for (Path jar : javafx) {
            extractNatives(jar, natives);
        }
        System.out.println("[installer] runtime modules: " + modules);
    }

    static List<Path> javafxPlatformJars(Path lib) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(lib, "javafx-*.jar")) {
            for (Path jar : all) {
                if (JAVAFX_PLATFORM_JAR.matcher(jar.getFileName().toString()).matches()) {
                    jars.add(jar);
                }
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no JavaFX platform jars in " + lib + ": run the package phase first");
        }
        return jars;
    }

    private static void extractNatives(Path jar, Path dir) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && !name.contains("/")
                        && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the native libraries from " + jar, e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
