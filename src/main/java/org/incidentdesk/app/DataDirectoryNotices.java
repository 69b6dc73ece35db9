package org.incidentdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.util.Duration;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.NotificationArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window's header says about the data directory itself, in red until it is resolved: a database that
 * stopped answering (a damaged file can spin inside H2 forever; what is typed from then on may not be saved), and
 * a data directory on a network file system (the embedded database needs a local disk).
 */
final class DataDirectoryNotices {
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryNotices.class);

    private final Path dataDir;
    private final NotificationArea notifications;
    private final Supplier<Messages> messages;

    DataDirectoryNotices(Path dataDir, NotificationArea notifications, Supplier<Messages> messages) {
        this.dataDir = dataDir;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** From now on, says so when a write runs past the bound, and again when the database answers. */
    void sayWhenDatabaseStops(AppContext opened) {
        opened.databaseWatchdog().onOverdue(overdue -> {
            LOG.error("the database has not finished a write in {} s on thread {}; it may be damaged",
                    overdue.running().toSeconds(), overdue.thread());
            Platform.runLater(() -> notifications.show(messages.get().get("database.stuck.heading"),
                    messages.get().get("database.stuck.body", overdue.running().toSeconds(), dataDir), null, true,
                    Duration.INDEFINITE));
        });
        opened.databaseWatchdog().onAnsweringAgain(() -> Platform.runLater(() -> notifications.show(
                messages.get().get("database.answering"), "", null, false, Duration.seconds(10))));
    }

    /**
     * Checks (off the JavaFX thread) whether the data directory is on a network file system, and logs it;
     * returns its type, empty on a local disk.
     */
    static Optional<String> networkDisk(Path dataDir) {
        Optional<String> network = NetworkFileSystem.typeOf(dataDir);
        network.ifPresent(type -> LOG.warn("the data directory {} is on a network file system ({}): the database "
                + "needs a local disk", dataDir, type));
        return network;
    }

    /** On the JavaFX thread: says {@code networkType} in the header, if there is one. */
    void warnOfNetworkDisk(Optional<String> networkType) {
        networkType.ifPresent(type -> notifications.show(messages.get().get("datadir.network.heading"),
                messages.get().get("datadir.network", dataDir, type), null, true, Duration.INDEFINITE));
    }
}
