package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.incidentdesk.store.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared database whose server does not answer is said in one sentence that names it, not in Flyway's report. */
class SharedDatabaseUnreachableTest {
    @TempDir
    Path dataDir;

    @Test
    void aServerThatRefusesTheConnectionIsSaidAsSuch() {
        ServerAddress nowhere = new ServerAddress("jdbc:postgresql://127.0.0.1:1/incidentdesk?password=secret",
                "desk", "");
        DatabaseUnavailableException failure = assertThrows(DatabaseUnavailableException.class,
                () -> Database.openServer(nowhere));
        assertEquals(DatabaseUnavailableException.Reason.SERVER, failure.reason());

        StartupProblem problem = StartupProblem.of(failure, dataDir);
        assertEquals("startup.failed.server", problem.messageKey());
        String zh = new Messages(Locale.SIMPLIFIED_CHINESE).get(problem.messageKey(), problem.argsArray());
        assertTrue(zh.startsWith("无法连接单位共享数据库：PostgreSQL jdbc:postgresql://127.0.0.1:1/incidentdesk (desk)"), zh);
        assertTrue(!zh.contains("secret") && !zh.contains("SQL State"), zh);
        String en = new Messages(Locale.ENGLISH).get(problem.messageKey(), problem.argsArray());
        assertTrue(en.contains("The office's shared database cannot be reached") && en.contains("workstation's"), en);
    }
}
