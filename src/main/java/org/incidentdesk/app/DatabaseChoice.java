package org.incidentdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.SystemScheduler;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.ServerAddress;

/**
 * Which database a start opens (issue 19.6): the embedded file of the data directory, or the office's shared
 * PostgreSQL database that the command line ({@code --db-url}, {@code --db-user}) or the data directory's settings
 * ({@value #URL_KEY}, {@value #USER_KEY}, {@value #PASSWORD_KEY} in preferences.properties) name. The command line
 * wins. The password comes from {@value #PASSWORD_VARIABLE} when set, so it need not be written into a file.
 */
record DatabaseChoice(String url, String user) {
    static final String URL_KEY = "database.url";
    static final String USER_KEY = "database.user";
    static final String PASSWORD_KEY = "database.password";
    static final String PASSWORD_VARIABLE = "INCIDENTDESK_DB_PASSWORD";
    /** Nothing said on the command line: the settings decide. */
    static final DatabaseChoice SETTINGS = new DatabaseChoice(null, null);

    /** The shared database to open, or empty for the embedded one. */
    Optional<ServerAddress> server(Path dataDir) {
        WorkstationPreferences settings = WorkstationPreferences.load(dataDir);
        String chosenUrl = url != null ? url : settings.get(URL_KEY).filter(u -> !u.isBlank()).orElse(null);
        if (chosenUrl == null) {
            return Optional.empty();
        }
        String chosenUser = user != null ? user : settings.get(USER_KEY).orElse("");
        String password = Optional.ofNullable(System.getenv(PASSWORD_VARIABLE))
                .or(() -> settings.get(PASSWORD_KEY)).orElse("");
        return Optional.of(new ServerAddress(chosenUrl.strip(), chosenUser, password));
    }

    /** True when the chosen database is a shared one on a server (no key, no first-run encryption question). */
    boolean isShared(Path dataDir) {
        return server(dataDir).isPresent();
    }

    /**
     * Opens the chosen database with the services, on the system clock; the embedded one with {@code key}
     * ({@link DatabaseKey#NONE} for a plain file; a shared database's protection is its server's).
     */
    AppContext open(Path dataDir, Clock clock, ZoneId zone, DatabaseKey key) {
        Optional<ServerAddress> server = server(dataDir);
        if (server.isEmpty()) {
            return AppContext.openEmbedded(dataDir, clock, zone, key);
        }
        return AppContext.openShared(dataDir, server.get(), zone, new SystemScheduler(clock),
                ActorSource.operatingSystemUser());
    }
}
