package org.incidentdesk.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database, logs, backups and preferences live: {@code %LOCALAPPDATA%\IncidentDesk} on Windows,
 * {@code $XDG_DATA_HOME/incidentdesk} (default {@code ~/.local/share/incidentdesk}) elsewhere.
 * {@code --data-dir} overrides it.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(Path override, String osName, Map<String, String> env, String userHome) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        if (osName.toLowerCase().startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(userHome, "AppData", "Local") : Path.of(local);
            return base.resolve("IncidentDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("incidentdesk");
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }
}
