package org.incidentdesk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installer configuration as the Packager turns it into jpackage command lines ({@code --dry-run}), for
 * Windows too: what a Linux machine can check of the .msi without WiX. Runs the Packager's source as a program,
 * as Maven's installer profile does; builds nothing.
 */
class InstallerConfigTest {
    /** Never change them: a new version replaces an installed one only when its upgrade code is the same. */
    static final String MACHINE_UPGRADE_UUID = "6f0d2a4e-9b1c-4f57-a3e2-1d6c0b7e5a10";
    static final String PER_USER_UPGRADE_UUID = "0b7e3c52-4d8a-4e1f-9c26-7a5f2e9d1b34";

    @Test
    void windowsBuildsAnAppImageThenAMachineAndAPerUserMsiFromIt() throws Exception {
        List<List<String>> steps = dryRun("windows");
        assertEquals(3, steps.size(), steps.toString());
        List<String> image = steps.get(0);
        assertEquals("app-image", valueOf(image, "--type"));
        assertEquals("assets/icons/incidentdesk.ico", valueOf(image, "--icon"));
        assertEquals("incidentdesk-cli=installer/windows/cli-launcher.properties", valueOf(image, "--add-launcher"));
        assertTrue(image.contains("-Dincidentdesk.fonts=$APPDIR/fonts"), image.toString());

        List<String> machine = steps.get(1);
        List<String> perUser = steps.get(2);
        for (List<String> msi : List.of(machine, perUser)) {
            assertEquals("msi", valueOf(msi, "--type"));
            assertTrue(valueOf(msi, "--app-image").endsWith("IncidentDesk"), "step 2 packs the trained image");
            assertEquals("9.8.7", valueOf(msi, "--app-version"));
            assertTrue(msi.containsAll(List.of("--win-menu", "--win-shortcut")), msi.toString());
            assertEquals("installer/windows/idplan.properties", valueOf(msi, "--file-associations"),
                    "file associations belong to the installer step, or the msi has none");
        }
        assertEquals(MACHINE_UPGRADE_UUID, valueOf(machine, "--win-upgrade-uuid"));
        assertEquals(PER_USER_UPGRADE_UUID, valueOf(perUser, "--win-upgrade-uuid"));
        assertTrue(perUser.contains("--win-per-user-install") && !machine.contains("--win-per-user-install"));
        assertNotEquals(valueOf(machine, "--dest"), valueOf(perUser, "--dest"), "both are named IncidentDesk-V.msi");
        UUID.fromString(MACHINE_UPGRADE_UUID);
        UUID.fromString(PER_USER_UPGRADE_UUID);
        assertEveryNamedFileExists(steps);
    }

    @Test
    void linuxBuildsADebAndAnRpmWithMenuEntryAssociationAndTheCommandOnPath() throws Exception {
        List<List<String>> steps = dryRun("linux");
        assertEquals(List.of("app-image", "deb", "rpm"), steps.stream().map(s -> valueOf(s, "--type")).toList());
        List<String> deb = steps.get(1);
        assertEquals("Office", valueOf(deb, "--linux-menu-group"));
        assertTrue(deb.contains("--linux-shortcut"));
        assertEquals("installer/linux/idplan.properties", valueOf(deb, "--file-associations"));
        String postinst = Files.readString(Path.of(valueOf(deb, "--resource-dir"), "postinst"));
        assertTrue(postinst.contains("ln -sf /opt/incidentdesk/bin/IncidentDesk /usr/bin/incidentdesk"), postinst);
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's menu and association commands kept");
        Properties association = properties(Path.of(valueOf(deb, "--file-associations")));
        assertEquals("idplan", association.getProperty("extension"));
        // jpackage drops the association in step 2: the package's own menu entry and MIME declaration carry it
        String desktop = Files.readString(Path.of(valueOf(deb, "--resource-dir"), "IncidentDesk.desktop"));
        assertTrue(desktop.contains("MimeType=" + association.getProperty("mime-type") + ";"), desktop);
        assertTrue(desktop.contains("Categories=Office;"), desktop);
        assertTrue(postinst.contains("<mime-type type=\"" + association.getProperty("mime-type") + "\">")
                && postinst.contains("<glob pattern=\"*.idplan\"/>"), postinst);
        assertEveryNamedFileExists(steps);
    }

    private static void assertEveryNamedFileExists(List<List<String>> steps) throws IOException {
        List<Path> files = new ArrayList<>();
        for (List<String> step : steps) {
            for (int i = 0; i + 1 < step.size(); i++) {
                switch (step.get(i)) {
                    case "--icon", "--file-associations", "--resource-dir" -> files.add(Path.of(step.get(i + 1)));
                    case "--add-launcher" -> files.add(Path.of(step.get(i + 1).split("=", 2)[1]));
                    default -> { }
                }
            }
        }
        for (Path properties : List.copyOf(files)) {
            if (properties.toString().endsWith(".properties")) {
                String icon = properties(properties).getProperty("icon");
                if (icon != null) {
                    files.add(Path.of(icon));
                }
            }
        }
        for (Path file : files) {
            assertTrue(Files.exists(file), "named by the installer configuration but missing: " + file);
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static String valueOf(List<String> args, String option) {
        int at = args.indexOf(option);
        assertTrue(at >= 0 && at + 1 < args.size(), option + " missing in " + args);
        return args.get(at + 1);
    }

    /** The Packager's printed command lines, each split back into its arguments. */
    private static List<List<String>> dryRun(String os) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "installer/src/org/incidentdesk/installer/Packager.java",
                "--version", "9.8.7", "--os", os, "--dry-run").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<List<String>> steps = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("jpackage ")) {
                steps.add(shellWords(line.substring("jpackage ".length())));
            }
        }
        return steps;
    }

    private static final Pattern WORD = Pattern.compile("'((?:[^']|'\\\\'')*)'|(\\S+)");

    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1).replace("'\\''", "'") : m.group(2));
        }
        return words;
    }
}
