package org.incidentdesk.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.incidentdesk.cli.Caller;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliFailure;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.service.backup.RestoreService;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.drill.DrillOffice;

/**
 * The command line inside the window, on the window's open composition root: a command sees the window's
 * database and services (so its changes reach the window's event bus and the board shows them), and ending the
 * command leaves them open. The window's channel runs commands of other processes here, as their {@link Caller}.
 */
public final class WindowCliEnvironment implements CliEnvironment {
    private final AppContext context;
    private final Caller caller;
    private final IntConsumer endEarly;

    /** For a command of another process: its caller; {@code endEarly} ends that process's command. */
    WindowCliEnvironment(AppContext context, Caller caller, IntConsumer endEarly) {
        this.context = context;
        this.caller = caller;
        this.endEarly = endEarly;
    }

    /** For a command of this process (tests run commands beside the window this way). */
    public WindowCliEnvironment(AppContext context) {
        this(context, Caller.thisProcess(), exit -> {
            throw new IllegalStateException("the database stopped answering during a command run beside the window");
        });
    }

    /** The window's data directory: the channel took only requests that named it. */
    @Override
    public CliServices open(Path dataDirOverride) {
        return ContextServices.borrowing(context);
    }

    @Override
    public boolean databaseAlreadyOpen() {
        return true;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public String variable(String name) {
        return caller.variable(name).orElse(null);
    }

    @Override
    public BufferedReader standardInput() {
        return new BufferedReader(new InputStreamReader(caller.stdin(), caller.charset()));
    }

    /** At the terminal of the process the command runs for, if it has one (the window has none). */
    @Override
    public char[] readPassword(String prompt) {
        return caller.terminal().readPassword(prompt);
    }

    @Override
    public void endStuckCommand(int exitCode) {
        endEarly.accept(exitCode);
    }

    @Override
    public Optional<String> networkFileSystemOf(Path dataDir) {
        return NetworkFileSystem.typeOf(dataDir);
    }

    @Override
    public void openWindow(Path dataDirOverride, Locale locale) {
        throw new CliFailure("channel.window.open", null, context.dataDir());
    }

    /** Refuses, as the database is held: a restore replaces it (and says so: close the window first). */
    @Override
    public RestoreService restorer(Path dataDirOverride, ActorSource actors) {
        return AppContext.restorer(context.dataDir(), context.clock(), actors);
    }

    @Override
    public DrillOffice.Opener drillOffices() {
        return ContextDrillOffice::open;
    }
}
