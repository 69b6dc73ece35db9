package org.incidentdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Finds LibreOffice's {@code soffice}, installing it from the system packages where it can. */
final class LibreOffice {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/bin/libreoffice"),
            Path.of("/usr/lib/libreoffice/program/soffice"), Path.of("/opt/libreoffice/program/soffice"));

    private LibreOffice() {
    }

    /** The path of soffice; installs libreoffice-writer with apt-get when missing and running as root. */
    static String ensure() throws Exception {
        Path found = find();
        if (found != null) {
            return found.toString();
        }
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new Figure.Skipped("LibreOffice is not installed and cannot be installed here (needs root and "
                    + "apt-get): apt-get install libreoffice-writer");
        }
        System.out.println("  installing libreoffice-writer from the system packages (not counted)");
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        try {
            Processes.run(List.of("apt-get", "update", "-qq"), Path.of("/"), env);
            Processes.run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-writer"),
                    Path.of("/"), env);
        } catch (IllegalStateException e) {
            throw new Figure.Skipped("installing libreoffice-writer failed: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        found = find();
        if (found == null) {
            throw new Figure.Skipped("libreoffice-writer installed but no soffice found");
        }
        return found.toString();
    }

    private static Path find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
