package org.incidentdesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.incidentdesk.app.channel.WindowRequests;
import org.incidentdesk.cli.Caller;
import org.incidentdesk.cli.RootCommand;

/**
 * What the window does for other processes: runs their commands through the same command tree and services, on
 * the channel's worker thread, and comes to the front for a second start.
 */
final class WindowCommands implements WindowRequests {
    private final AppContext context;
    private final Consumer<Optional<Path>> bringToFront;

    WindowCommands(AppContext context, Consumer<Optional<Path>> bringToFront) {
        this.context = context;
        this.bringToFront = bringToFront;
    }

    @Override
    public int run(List<String> args, Caller caller, PrintWriter out, PrintWriter err, IntConsumer endEarly) {
        return RootCommand.commandLine(new WindowCliEnvironment(context, caller, endEarly), out, err)
                .execute(args.toArray(String[]::new));
    }

    @Override
    public void bringToFront(Optional<Path> planFile) {
        bringToFront.accept(planFile);
    }
}
