package org.incidentdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.ManualTime;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.incidentdesk.ui.roster.RosterViewModel;

/**
 * What a ViewModel needs, without the toolkit: the demo office on a fresh data directory at the harness's
 * moment, lanes that run inline, a scripted dialog service and time the test moves.
 */
public final class ViewModelFixture implements AutoCloseable {
    public final Path dataDir;
    public final ManualTime time = new ManualTime(WorkstationHarness.NOW, WorkstationHarness.ZONE);
    public final AppContext context;
    public final SyncTaskRunner tasks = new SyncTaskRunner();
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    public ViewModelFixture() {
        try {
            dataDir = Files.createTempDirectory("incidentdesk-vm-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = AppContext.openEmbedded(dataDir, time.clock(), WorkstationHarness.ZONE);
    }

    /** The roster workspace's ViewModel on this fixture (the import and export ViewModel hangs off it). */
    public RosterViewModel rosterViewModel() {
        return new RosterViewModel(context.roster(), context.rosterImport(), context.rosterExport(), tasks, dialogs,
                messages, time.clock(), context.zone(), context.events(), time);
    }

    @Override
    public void close() {
        context.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
