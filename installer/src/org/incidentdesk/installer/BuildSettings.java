package org.incidentdesk.installer;

import java.nio.file.Path;
import java.util.Locale;

/** What to build, for which OS and architecture, and where the build's folders are. */
record BuildSettings(Path project, Path target, String version, Os os, String arch, boolean dryRun,
        boolean reuseImage) {
    static final String APP_NAME = "IncidentDesk";
    static final String PACKAGE_NAME = "incidentdesk";

    enum Os {
        LINUX("linux"), WINDOWS("windows"), MAC("mac");

        final String folder;

        Os(String folder) {
            this.folder = folder;
        }

        static Os of(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("windows")) {
                return WINDOWS;
            }
            if (lower.startsWith("mac")) {
                return MAC;
            }
            if (lower.startsWith("linux")) {
                return LINUX;
            }
            throw new IllegalArgumentException("unsupported OS for installers: " + name);
        }
    }

    static BuildSettings parse(String[] args, Path project) {
        String version = null;
        Path target = project.resolve("target");
        Os os = Os.of(System.getProperty("os.name"));
        boolean dryRun = false;
        boolean reuseImage = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--target" -> target = project.resolve(args[++i]);
                case "--os" -> os = Os.of(args[++i]);
                case "--dry-run" -> dryRun = true;
                case "--reuse-image" -> reuseImage = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --version V [--target DIR] [--os linux|windows] [--dry-run] [--reuse-image])");
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("--version is required (the pom's version, e.g. 0.1.0)");
        }
        return new BuildSettings(project, target, version, os, System.getProperty("os.arch"), dryRun, reuseImage);
    }

    /** Everything the installer build writes, under target/installer. */
    Path work() {
        return target.resolve("installer");
    }

    Path input() {
        return work().resolve("input");
    }

    Path runtime() {
        return work().resolve("runtime");
    }

    Path imageParent() {
        return work().resolve("image");
    }

    Path appImage() {
        return imageParent().resolve(APP_NAME);
    }

    /** The application folder of the image: jars, fonts, launcher configuration and the AOT cache. */
    Path appDir() {
        return os == Os.WINDOWS ? appImage().resolve("app") : appImage().resolve("lib").resolve("app");
    }

    Path launcher() {
        return os == Os.WINDOWS ? appImage().resolve(APP_NAME + ".exe") : appImage().resolve("bin").resolve(APP_NAME);
    }

    Path packages() {
        return work().resolve("packages");
    }

    Path config(String name) {
        return project.resolve("installer").resolve(name);
    }

    Path osConfig(String name) {
        return config(os.folder).resolve(name);
    }
}
