package org.incidentdesk.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The .deb laid out for the UOS app store: everything under {@code /opt/apps/<appid>/} — the trained app image in
 * {@code files/}, the menu entry and icons in {@code entries/}, and the {@code info} JSON the store reads — with no
 * maintainer scripts (the store's rules forbid writing outside that folder). Templates in {@code installer/uos/}.
 */
final class UosPackage {
    static final String APP_ID = "org.incidentdesk.workstation";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private UosPackage() {
    }

    static Path build(BuildSettings settings, Tools tools) throws IOException {
        String arch = DebPackages.debianArch(settings.arch());
        Path root = settings.work().resolve("uos-root");
        Tools.deleteTree(root);
        Path app = root.resolve("opt/apps/" + APP_ID);
        Tools.copyTree(settings.appImage(), app.resolve("files"));
        Map<String, String> values = Map.of("@APPID@", APP_ID, "@VERSION@", settings.version(), "@ARCH@", arch);
        write(app.resolve("info"), fill(settings.config("uos/info"), values));
        write(app.resolve("entries/applications/" + APP_ID + ".desktop"), fill(settings.config("uos/app.desktop"), values));
        for (int size : ICON_SIZES) {
            Path icon = settings.project().resolve("assets/icons/incidentdesk-" + size + ".png");
            Path dest = app.resolve("entries/icons/hicolor/" + size + "x" + size + "/apps/" + APP_ID + ".png");
            Files.createDirectories(dest.getParent());
            Files.copy(icon, dest);
        }
        long sizeKb = treeSize(app) / 1024;
        String control = fill(settings.config("uos/control"), values).replace("@SIZE_KB@", Long.toString(sizeKb));
        write(root.resolve("DEBIAN/control"), control);
        Path deb = settings.packages().resolve("uos").resolve(APP_ID + "_" + settings.version() + "_" + arch + ".deb");
        Files.createDirectories(deb.getParent());
        tools.runOrFail("uos-deb", List.of("dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", root.toString(), deb.toString()),
                Map.of(), 10);
        System.out.println("[installer] UOS store package: " + deb);
        return deb;
    }

    private static String fill(Path template, Map<String, String> values) throws IOException {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
