package org.incidentdesk.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * jpackage's input folder: the program's jar without the fonts (they ship as files in {@code fonts/}, read through
 * {@code -Dincidentdesk.fonts}) and without a manifest class path (jpackage sets the class path; entries that do
 * not exist would only make the AOT cache's class-path check fragile), the libraries except JavaFX (a module of
 * the runtime), and the font faces with their licences and stored hashes.
 */
final class AppInput {
    static final String FONT_RESOURCES = "org/incidentdesk/fonts/";

    private AppInput() {
    }

    static void prepare(BuildSettings settings) throws IOException {
        Path input = settings.input();
        Tools.deleteTree(input);
        Files.createDirectories(input);
        for (Path jar : libraries(settings.target().resolve("lib"))) {
            Files.copy(jar, input.resolve(jar.getFileName()));
        }
        writeWithoutFonts(settings.target().resolve("incidentdesk.jar"), input.resolve("incidentdesk.jar"));
        Path fonts = Files.createDirectories(input.resolve("fonts"));
        try (DirectoryStream<Path> faces = Files.newDirectoryStream(settings.project().resolve("assets").resolve("fonts"))) {
            for (Path face : faces) {
                Files.copy(face, fonts.resolve(face.getFileName()));
            }
        }
    }

    /** The runtime libraries the program needs on its class path: everything in target/lib but JavaFX. */
    static List<Path> libraries(Path lib) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(lib, "*.jar")) {
            for (Path jar : all) {
                if (!jar.getFileName().toString().startsWith("javafx-")) {
                    jars.add(jar);
                }
            }
        }
        jars.sort(null);
        return jars;
    }

    private static void writeWithoutFonts(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IllegalStateException(from + " is missing: run the package phase first (mvn -Pinstaller package)");
        }
        try (JarFile jar = new JarFile(from.toFile());
                OutputStream file = Files.newOutputStream(to)) {
            Manifest manifest = new Manifest(jar.getManifest());
            manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(FONT_RESOURCES) || name.equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(name));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + to, e);
        }
    }
}
