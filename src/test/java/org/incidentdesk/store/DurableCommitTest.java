package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The embedded database writes each commit to its file before the commit returns (see Database). */
@Tag("embedded") // the embedded H2 database itself: left out of the PostgreSQL run
class DurableCommitTest {
    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseHasNoWriteDelay() {
        try (Database database = Database.openEmbedded(dataDir)) {
            assertEquals("0", setting(database, "WRITE_DELAY"), "a commit is written at once, not up to 500 ms later");
        }
    }

    @Test
    void closingTheEmbeddedDatabaseMovesNoChunks() {
        try (Database database = Database.openEmbedded(dataDir)) {
            assertEquals("0", setting(database, "MAX_COMPACT_TIME"),
                    "no compaction at close, the moment a command is most often killed");
        }
    }

    private static String setting(Database database, String name) {
        return database.dsl().select(DSL.field("SETTING_VALUE", String.class))
                .from(DSL.table("INFORMATION_SCHEMA.SETTINGS"))
                .where(DSL.field("SETTING_NAME").eq(name))
                .fetchAny(r -> r.value1());
    }
}
