package org.incidentdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.incidentdesk.ui.plan.PlanViewModel;
import org.incidentdesk.ui.roster.RosterViewModel;

/**
 * What a ViewModel needs, without the toolkit: the demo office on a fresh data directory at the harness's
 * moment, lanes that run inline, a scripted dialog service and time the test moves.
 */
public final class ViewModelFixture implements AutoCloseable {
    public final Path dataDir;
    public final SimulatedScheduler time =
            new SimulatedScheduler(new SimulatedClock(WorkstationHarness.NOW, WorkstationHarness.ZONE));
    public final AppContext context;
    public final SyncTaskRunner tasks = new SyncTaskRunner();
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    /** Events and wake-ups delivered at once on the publishing or advancing thread. */
    public final FxEvents events;
    public final FxAlarms alarms;

    public ViewModelFixture() {
        try {
            dataDir = Files.createTempDirectory("incidentdesk-vm-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = AppContext.openEmbedded(dataDir, WorkstationHarness.ZONE, time);
        events = new FxEvents(context.events(), Runnable::run);
        alarms = new FxAlarms(time, Runnable::run);
    }

    /** Wake-ups armed by ViewModels whose name starts with {@code prefix}. */
    public long armed(String prefix) {
        return time.armed().stream().filter(t -> t.name().startsWith(prefix)).count();
    }

    public PlanViewModel planViewModel() {
        return new PlanViewModel(context.plans(), context.roster(), context.assessor(), tasks, dialogs, messages, events,
                time.clock(), context.zone(), context.reviewWritten().revisions());
    }

    /** The roster workspace's ViewModel on this fixture (the import and export ViewModel hangs off it). */
    public RosterViewModel rosterViewModel() {
        return new RosterViewModel(context.roster(), context.rosterImport(), context.rosterExport(), tasks, dialogs,
                messages, time.clock(), context.zone(), events, alarms);
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
