package org.incidentdesk.service.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;

/** The program's composition root on a test's data directory (the demo office seeded), for backup tests. */
final class BackupFixture implements AutoCloseable {
    private final AppContext context;

    BackupFixture(Path dataDir, Clock clock) {
        context = AppContext.openEmbedded(dataDir, clock, ZoneId.of("Asia/Shanghai"));
    }

    BackupService backups() {
        return context.backups();
    }

    void intake(String title) {
        context.incidents().intake(new Intake(title, "inquiry", null, null, IncidentFacts.NONE));
    }

    int incidentCount() {
        return context.incidents().list().size();
    }

    @Override
    public void close() {
        context.close();
    }
}
