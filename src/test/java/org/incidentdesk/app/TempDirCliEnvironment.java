package org.incidentdesk.app;

import org.incidentdesk.service.drill.DrillOffice;

import org.incidentdesk.service.backup.RestoreService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliServices;

/**
 * The real composition root on a test's data directory with a fixed clock, for command-line tests. It never
 * opens a window.
 */
public final class TempDirCliEnvironment implements CliEnvironment {
    private final Path dataDir;
    private final Clock clock;

    public TempDirCliEnvironment(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    @Override
    public CliServices open(Path dataDirOverride) {
        Path dir = dataDirOverride == null ? dataDir : dataDirOverride;
        return ContextServices.owning(AppContext.openEmbedded(dir, clock, ZoneId.of("Asia/Shanghai")));
    }

    @Override
    public RestoreService restorer(Path dataDirOverride) {
        return AppContext.restorer(dataDirOverride == null ? dataDir : dataDirOverride, clock);
    }

    @Override
    public DrillOffice.Opener drillOffices() {
        return ContextDrillOffice::open;
    }

    @Override
    public void openWindow(Path dataDirOverride, Locale locale) {
        throw new AssertionError("a command-line test must not open the window");
    }
}
