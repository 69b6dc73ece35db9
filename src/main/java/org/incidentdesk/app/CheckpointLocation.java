package org.incidentdesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the audit checkpoints of a data directory are logged: outside it, in the user's configuration directory
 * ({@code %APPDATA%\IncidentDesk\audit-checkpoints} on Windows, the roaming profile, which an office domain
 * copies to its server at sign-out; {@code $XDG_CONFIG_HOME/incidentdesk/audit-checkpoints}, default
 * {@code ~/.config/…}, elsewhere). Outside because whoever swaps, restores or truncates the data directory (or
 * copies it away with its database) does not take this file along, and a backup of the data directory carries no
 * checkpoint that could vouch for itself. One file per data directory, named by a hash of its absolute path. The
 * system property {@code incidentdesk.configdir} overrides the directory (tests point it into {@code target}).
 */
final class CheckpointLocation {
    static final String OVERRIDE_PROPERTY = "incidentdesk.configdir";

    private CheckpointLocation() {
    }

    static Path forDataDir(Path dataDir) {
        return forDataDir(dataDir, System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home"));
    }

    static Path forDataDir(Path dataDir, String override, String osName, Map<String, String> env, String userHome) {
        return configDirectory(override, osName, env, userHome).resolve("audit-checkpoints")
                .resolve(idOf(dataDir) + ".log");
    }

    static Path configDirectory(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        if (osName.toLowerCase().startsWith("windows")) {
            String roaming = env.get("APPDATA");
            Path base = roaming == null || roaming.isBlank() ? Path.of(userHome, "AppData", "Roaming")
                    : Path.of(roaming);
            return base.resolve("IncidentDesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? Path.of(userHome, ".config")
                : Path.of(xdg);
        return base.resolve("incidentdesk");
    }

    private static String idOf(Path dataDir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
