package org.incidentdesk.app.channel;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.incidentdesk.cli.Caller;

/** What the window does for a second process on its channel. */
public interface WindowRequests {
    /**
     * A command line's command, run on a worker thread of the channel (never the JavaFX thread).
     *
     * @param endEarly ends the command line process with this exit code at once, while the command's thread may
     *                 stay behind (a database that stopped answering: the stuck thread cannot be stopped)
     * @return the command's exit code
     */
    int run(List<String> args, Caller caller, PrintWriter out, PrintWriter err, IntConsumer endEarly);

    /** A second start of the window: come to the front (and import the plan file it was given, if any). */
    void bringToFront(Optional<Path> planFile);
}
