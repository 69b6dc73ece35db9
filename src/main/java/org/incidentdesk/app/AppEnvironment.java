package org.incidentdesk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.app.channel.WindowClient;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.drill.DrillOffice;

import java.nio.file.Path;
import org.incidentdesk.service.backup.RestoreService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliFailure;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.cli.RanInWindow;
import org.incidentdesk.service.atrest.DatabaseEncryptionService;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import org.incidentdesk.store.DatabaseUnavailableException;

/**
 * Connects the command line to the composition root and to the window. When the window of the same data
 * directory holds the database, a command is not refused: the window runs it (see {@link WindowClient}), with
 * this process's arguments, and its output arrives on this process's standard output and error.
 */
final class AppEnvironment implements CliEnvironment {
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private DatabaseChoice database = DatabaseChoice.SETTINGS;

    @Override
    public void useSharedDatabase(String url, String user) {
        database = new DatabaseChoice(url, user);
    }

    private final List<String> args;
    private final OutputStream stdout;
    private final OutputStream stderr;

    /** This process's arguments, and its raw output streams for what the window prints. */
    AppEnvironment(List<String> args, OutputStream stdout, OutputStream stderr) {
        this.args = args == null ? null : List.copyOf(args);
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Without this process's arguments nothing can be handed to a window: a held database is refused (tests). */
    AppEnvironment() {
        this(null, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    /**
     * Opens the data directory's services; or, when a window of the same data directory answers on its channel,
     * has the window run the whole command (before anything here asks for a key or a password: the window has the
     * database open) and ends this one with its exit code ({@link RanInWindow}).
     */
    @Override
    public CliServices open(Path dataDirOverride) {
        return open(dataDirOverride, KeyEntry.NONE);
    }

    @Override
    public CliServices open(Path dataDirOverride, KeyEntry keys) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        runInWindow(dataDir).ifPresent(exit -> {
            throw new RanInWindow(exit);
        });
        DatabaseKey key = database.isShared(dataDir) ? DatabaseKey.NONE
                : new DatabaseEncryptionService(dataDir).keyToOpen(keys);
        try {
            return ContextServices.owning(BoundedOpen.open(dataDir, () -> database.open(dataDir,
                    Clock.systemUTC(), OFFICE_ZONE, key)));
        } catch (BoundedOpen.NotAnswering e) {
            throw new CliFailure("database.stuck", e, e.seconds(), dataDir);
        } catch (DatabaseUnavailableException | UncheckedIOException e) {
            if (e instanceof DatabaseUnavailableException unavailable && unavailable.isLocked()) {
                runInWindow(dataDir).ifPresent(exit -> { // a window that was still opening when we looked
                    throw new RanInWindow(exit);
                });
            }
            throw cliFailure(e, dataDir);
        }
    }

    /** Why {@code dataDir} did not open, for the command line: exit 2 when the key was wrong or missing. */
    static CliFailure cliFailure(RuntimeException failure, Path dataDir) {
        StartupProblem problem = StartupProblem.of(failure, dataDir);
        return StartupProblem.isRefusal(failure)
                ? CliFailure.refused(problem.messageKey(), failure, problem.argsArray())
                : new CliFailure(problem.messageKey(), failure, problem.argsArray());
    }

    @Override
    public DatabaseEncryptionService encryption(Path dataDirOverride) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        return new DatabaseEncryptionService(dataDir);
    }

    /** The exit code of this process's command run by the window of {@code dataDir}; empty when no window listens. */
    private Optional<Integer> runInWindow(Path dataDir) {
        if (database.url() != null) {
            return Optional.empty(); // --db-url names a database of its own; the window's may be another
        }
        Optional<WindowClient> window = args == null ? Optional.empty() : WindowClient.connect(dataDir);
        if (window.isEmpty()) {
            return Optional.empty();
        }
        try (WindowClient client = window.get()) {
            return Optional.of(client.run(args, caller(), stdout, stderr));
        } catch (WindowClient.Refused refused) {
            throw new CliFailure(refused.reasonKey(), refused, dataDir);
        } catch (IOException e) {
            throw new CliFailure("channel.lost", e, dataDir);
        }
    }

    @Override
    public void openWindow(Path dataDirOverride, Locale locale) {
        openWindow(dataDirOverride, locale, null);
    }

    /** A second start brings the window of the same data directory to the front (handing it the plan file) and ends. */
    @Override
    public void openWindow(Path dataDirOverride, Locale locale, Path planFile) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        Path plan = planFile == null ? null : planFile.toAbsolutePath();
        if (broughtToFront(dataDir, plan)) {
            String said = new Messages(locale == null ? Locale.SIMPLIFIED_CHINESE : locale)
                    .get("channel.front", dataDir) + System.lineSeparator();
            try {
                stdout.write(said.getBytes(caller().charset()));
                stdout.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        IncidentDeskApp.launch(dataDir, locale, plan, database);
    }

    private static boolean broughtToFront(Path dataDir, Path planFile) {
        Optional<WindowClient> window = WindowClient.connect(dataDir);
        if (window.isEmpty()) {
            return false;
        }
        try (WindowClient client = window.get()) {
            client.bringToFront(Optional.ofNullable(planFile));
            return true;
        } catch (WindowClient.Refused refused) {
            throw new CliFailure(refused.reasonKey(), refused, dataDir);
        } catch (IOException e) {
            return false; // it went away while we asked: this start opens the window itself
        }
    }

    @Override
    public Optional<String> networkFileSystemOf(Path dataDir) {
        return NetworkFileSystem.typeOf(dataDir);
    }

    @Override
    public RestoreService restorer(Path dataDirOverride, org.incidentdesk.service.common.ActorSource actors) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        return AppContext.restorer(dataDir, Clock.systemUTC(), actors);
    }

    @Override
    public boolean hasDatabase(Path dataDirOverride) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        return java.nio.file.Files.exists(org.incidentdesk.store.DatabaseFiles.fileIn(dataDir))
                || org.incidentdesk.store.DatabaseEncryption.isEncrypted(dataDir);
    }

    @Override
    public DatabaseCopyService databaseCopy(Path dataDirOverride) {
        return databaseCopy(dataDirOverride, KeyEntry.NONE);
    }

    @Override
    public DatabaseCopyService databaseCopy(Path dataDirOverride, KeyEntry keys) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        return new DatabaseCopyService(() -> {
            DatabaseKey key = new DatabaseEncryptionService(dataDir).keyToOpen(keys);
            try {
                return AppContext.openDatabase(dataDir, Clock.systemUTC(), key);
            } catch (DatabaseUnavailableException | UncheckedIOException e) {
                StartupProblem problem = StartupProblem.of(e, dataDir);
                throw new CliFailure(problem.messageKey(), e, problem.argsArray());
            }
        }, org.incidentdesk.service.common.ActorSource.operatingSystemUser());
    }

    @Override
    public DrillOffice.Opener drillOffices() {
        return ContextDrillOffice::open;
    }
}
