package org.incidentdesk.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The .deb jpackage wrote, and its contents unpacked elsewhere to check the cache survives the move. */
final class DebPackages {
    private DebPackages() {
    }

    static Path find(BuildSettings settings) {
        try (DirectoryStream<Path> debs = Files.newDirectoryStream(settings.packages(),
                BuildSettings.PACKAGE_NAME + "_" + settings.version() + "*.deb")) {
            for (Path deb : debs) {
                return deb;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no .deb of version " + settings.version() + " in " + settings.packages());
    }

    /**
     * jpackage copies the app image into its package without the files' times, so the installed jars would carry
     * the packaging time, not the time the AOT cache was trained against, and the JVM would refuse the cache
     * ("timestamp has changed"). The package is unpacked with its control files and scripts, every file gets the
     * time it has in the trained image, and it is packed again.
     */
    static void restoreTrainedTimes(Path deb, BuildSettings settings, Tools tools) throws IOException {
        Path raw = settings.work().resolve("deb-repack");
        Tools.deleteTree(raw);
        tools.runOrFail("deb-unpack", List.of("dpkg-deb", "-R", deb.toString(), raw.toString()), Map.of(), 10);
        Path installed = raw.resolve("opt").resolve(BuildSettings.PACKAGE_NAME);
        Path image = settings.appImage();
        try (java.util.stream.Stream<Path> files = Files.walk(image)) {
            for (Path file : files.toList()) {
                Path copy = installed.resolve(image.relativize(file).toString());
                if (Files.exists(copy)) {
                    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
                }
            }
        }
        tools.runOrFail("deb-repack", List.of("dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build",
                raw.toString(), deb.toString()), Map.of(), 30);
        Tools.deleteTree(raw);
    }

    /** Unpacks the package (dpkg-deb keeps the files' times, as dpkg does) and returns its program folder. */
    static Path extractApp(Path deb, Path into, Tools tools) {
        Tools.deleteTree(into);
        tools.runOrFail("deb-extract", List.of("dpkg-deb", "-x", deb.toString(), into.toString()), Map.of(), 5);
        return into.resolve("opt").resolve(BuildSettings.PACKAGE_NAME);
    }

    /** Debian's name for the build machine's architecture. */
    static String debianArch(String javaArch) {
        return switch (javaArch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            case "loongarch64" -> "loong64";
            default -> javaArch;
        };
    }
}
