package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a start opens: the embedded one unless the command line or the settings name a server. */
class DatabaseChoiceTest {
    @TempDir
    Path dataDir;

    @Test
    void withNothingSaidTheEmbeddedDatabaseOpens() {
        assertEquals(Optional.empty(), DatabaseChoice.SETTINGS.server(dataDir));
    }

    @Test
    void theSettingsNameTheOfficeServerAndTheCommandLineWins() {
        WorkstationPreferences settings = WorkstationPreferences.load(dataDir);
        settings.put(DatabaseChoice.URL_KEY, "jdbc:postgresql://office-db/incidentdesk");
        settings.put(DatabaseChoice.USER_KEY, "desk1");
        settings.put(DatabaseChoice.PASSWORD_KEY, "secret");
        settings.save();

        ServerAddress fromSettings = DatabaseChoice.SETTINGS.server(dataDir).orElseThrow();
        assertEquals("jdbc:postgresql://office-db/incidentdesk", fromSettings.url());
        assertEquals("desk1", fromSettings.user());
        if (System.getenv(DatabaseChoice.PASSWORD_VARIABLE) == null) {
            assertEquals("secret", fromSettings.password());
        }
        assertTrue(!fromSettings.toString().contains("secret"), "the password is never shown");

        ServerAddress fromCommandLine = new DatabaseChoice("jdbc:postgresql://other/db", "desk2").server(dataDir)
                .orElseThrow();
        assertEquals("jdbc:postgresql://other/db", fromCommandLine.url());
        assertEquals("desk2", fromCommandLine.user());
    }

    @Test
    void aSettingThatIsNotPostgresqlIsRefused() {
        WorkstationPreferences settings = WorkstationPreferences.load(dataDir);
        settings.put(DatabaseChoice.URL_KEY, "jdbc:mysql://office-db/x");
        settings.save();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatabaseChoice.SETTINGS.server(dataDir));
        assertTrue(refused.getMessage().contains("not a PostgreSQL JDBC URL"), refused.getMessage());
    }
}
