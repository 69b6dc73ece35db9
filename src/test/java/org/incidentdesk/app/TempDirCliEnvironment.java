package org.incidentdesk.app;

import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.SystemScheduler;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import org.incidentdesk.store.ServerAddress;
import org.incidentdesk.service.drill.DrillOffice;

import org.incidentdesk.service.atrest.DatabaseEncryptionService;
import org.incidentdesk.service.backup.RestoreService;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseUnavailableException;
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
    private final java.util.Map<String, String> variables;
    private final String input;

    public TempDirCliEnvironment(Path dataDir, Clock clock) {
        this(dataDir, clock, java.util.Map.of(), "");
    }

    /** With these environment variables and this standard input; there is never a terminal to type at. */
    public TempDirCliEnvironment(Path dataDir, Clock clock, java.util.Map<String, String> variables, String input) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.variables = java.util.Map.copyOf(variables);
        this.input = input;
    }

    @Override
    public String variable(String name) {
        return variables.get(name);
    }

    @Override
    public java.io.BufferedReader standardInput() {
        return new java.io.BufferedReader(new java.io.StringReader(input));
    }

    @Override
    public char[] readPassword(String prompt) {
        return null;
    }

    /** The shared database {@code --db-url} named (its password, if any, in the URL), or null. */
    private ServerAddress shared;

    @Override
    public CliServices open(Path dataDirOverride) {
        Path dir = dataDirOverride == null ? dataDir : dataDirOverride;
        if (shared != null) {
            return ContextServices.owning(AppContext.openShared(dir, shared, ZoneId.of("Asia/Shanghai"),
                    new SystemScheduler(clock), ActorSource.operatingSystemUser()));
        }
        return ContextServices.owning(AppContext.openEmbedded(dir, clock, ZoneId.of("Asia/Shanghai")));
    }

    @Override
    public CliServices open(Path dataDirOverride, KeyEntry keys) {
        if (shared != null) {
            return open(dataDirOverride); // a shared database's protection is its server's: no key is asked
        }
        Path dir = dataDirOverride == null ? dataDir : dataDirOverride;
        DatabaseKey key = new DatabaseEncryptionService(dir).keyToOpen(keys);
        try {
            return ContextServices.owning(AppContext.openEmbedded(dir, clock, ZoneId.of("Asia/Shanghai"), key));
        } catch (DatabaseUnavailableException e) {
            throw AppEnvironment.cliFailure(e, dir);
        }
    }

    @Override
    public DatabaseEncryptionService encryption(Path dataDirOverride) {
        return new DatabaseEncryptionService(dataDirOverride == null ? dataDir : dataDirOverride);
    }

    @Override
    public void useSharedDatabase(String url, String user) {
        shared = new ServerAddress(url, user, "");
    }

    @Override
    public DatabaseCopyService databaseCopy(Path dataDirOverride) {
        Path dir = dataDirOverride == null ? dataDir : dataDirOverride;
        return new DatabaseCopyService(() -> AppContext.openDatabase(dir, clock), ActorSource.operatingSystemUser());
    }

    @Override
    public RestoreService restorer(Path dataDirOverride, ActorSource actors) {
        return AppContext.restorer(dataDirOverride == null ? dataDir : dataDirOverride, clock, actors);
    }

    @Override
    public boolean hasDatabase(Path dataDirOverride) {
        Path dir = dataDirOverride == null ? dataDir : dataDirOverride;
        return java.nio.file.Files.exists(org.incidentdesk.store.DatabaseFiles.fileIn(dir))
                || org.incidentdesk.store.DatabaseEncryption.isEncrypted(dir);
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
