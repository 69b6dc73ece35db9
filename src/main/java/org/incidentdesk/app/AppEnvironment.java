package org.incidentdesk.app;

import java.io.UncheckedIOException;
import org.incidentdesk.service.drill.DrillOffice;

import java.nio.file.Path;
import org.incidentdesk.service.backup.RestoreService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliFailure;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.service.atrest.DatabaseEncryptionService;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import org.incidentdesk.store.DatabaseUnavailableException;

/** Connects the command line to the composition root and to the window. */
final class AppEnvironment implements CliEnvironment {
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private DatabaseChoice database = DatabaseChoice.SETTINGS;

    @Override
    public void useSharedDatabase(String url, String user) {
        database = new DatabaseChoice(url, user);
    }

    @Override
    public CliServices open(Path dataDirOverride) {
        return open(dataDirOverride, KeyEntry.NONE);
    }

    @Override
    public CliServices open(Path dataDirOverride, KeyEntry keys) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        DatabaseKey key = database.isShared(dataDir) ? DatabaseKey.NONE
                : new DatabaseEncryptionService(dataDir).keyToOpen(keys);
        try {
            return new ContextServices(BoundedOpen.open(dataDir, () -> database.open(dataDir,
                    Clock.systemUTC(), OFFICE_ZONE, key)));
        } catch (BoundedOpen.NotAnswering e) {
            throw new CliFailure("database.stuck", e, e.seconds(), dataDir);
        } catch (DatabaseUnavailableException | UncheckedIOException e) {
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

    @Override
    public void openWindow(Path dataDirOverride, Locale locale) {
        openWindow(dataDirOverride, locale, null);
    }

    @Override
    public void openWindow(Path dataDirOverride, Locale locale, Path planFile) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        IncidentDeskApp.launch(dataDir, locale, planFile == null ? null : planFile.toAbsolutePath(), database);
    }

    @Override
    public RestoreService restorer(Path dataDirOverride) {
        Path dataDir = DataDirectory.resolve(dataDirOverride);
        Logging.configure(dataDir);
        // the database is closed while it is replaced, so no account can be checked here: the restore runs as the
        // operating-system user (set-up mode); an account sign-in for the command line is sec-accounts' part
        return AppContext.restorer(dataDir, Clock.systemUTC(), org.incidentdesk.service.common.ActorSource.operatingSystemUser());
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
