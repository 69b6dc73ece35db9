package org.incidentdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentdesk.app.channel.WindowChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's end of its channel to other processes (see {@link WindowChannel}): opened once the window holds
 * the database, it runs their commands on the window's services and brings the window to the front for a second
 * start; closed when the window closes, after the commands running then have finished (within a grace).
 */
final class CommandLineListener {
    private static final Logger LOG = LoggerFactory.getLogger(CommandLineListener.class);
    private volatile WindowChannel channel;

    /** Starts listening; off the JavaFX thread (it creates the socket file). A failure leaves the window working. */
    void listen(AppContext context, Consumer<Optional<Path>> bringToFront) {
        if (channel != null) {
            return;
        }
        try {
            channel = WindowChannel.listen(context.dataDir(), new WindowCommands(context, bringToFront));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the window does not listen for the command line (commands are refused while it is open): {}",
                    e.toString());
        }
    }

    /** A second start of the window: the stage comes to the front (from the channel's thread) and imports its plan file. */
    static Consumer<Optional<Path>> bringingToFront(Stage stage, Consumer<Path> importPlan) {
        return planFile -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
            planFile.ifPresent(importPlan);
        });
    }

    /** Takes no new commands (safe on the JavaFX thread: it closes a socket, no file is touched). */
    void stopAccepting() {
        WindowChannel open = channel;
        if (open != null) {
            open.stopAccepting();
        }
    }

    /** Waits up to {@code grace} for running commands and removes the socket file; before the database closes. */
    void close(Duration grace) {
        WindowChannel open = channel;
        channel = null;
        if (open != null) {
            open.close(grace);
        }
    }
}
