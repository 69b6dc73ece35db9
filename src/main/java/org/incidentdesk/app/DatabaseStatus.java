package org.incidentdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.incidentdesk.domain.common.ConnectionState;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.connection.ConnectionStatusHeader;
import org.incidentdesk.ui.connection.ConnectionStatusViewModel;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window says about its database: a write that does not end, a shared database's link, and a data
 * directory on a network file system (the embedded database needs a local disk).
 */
final class DatabaseStatus {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private DatabaseStatus() {
    }

    /**
     * A write that runs past the bound (a damaged file can spin inside H2 forever) is said in the header, in red,
     * until the database answers again: what is typed from then on may not be saved.
     */
    static void sayWhenDatabaseStops(AppContext opened, MainWindow window, ShellViewModel shell, Path dataDir) {
        opened.databaseWatchdog().onOverdue(overdue -> {
            LOG.error("the database has not finished a write in {} s on thread {}; it may be damaged",
                    overdue.running().toSeconds(), overdue.thread());
            Platform.runLater(() -> {
                Messages messages = shell.messages();
                window.notifications().show(messages.get("database.stuck.heading"),
                        messages.get("database.stuck.body", overdue.running().toSeconds(), dataDir), null, true,
                        javafx.util.Duration.INDEFINITE);
            });
        });
        opened.databaseWatchdog().onAnsweringAgain(() -> Platform.runLater(() -> window.notifications().show(
                shell.messages().get("database.answering"), "", null, false, javafx.util.Duration.seconds(10))));
    }

    /**
     * On a shared office database, the link's state in the header and, while it is down, a banner under it on every
     * workspace saying what is shown may be stale (the link reconnects by itself; saving is refused meanwhile).
     */
    static void showConnectionStatus(AppContext opened, MainWindow window, ShellViewModel shell) {
        if (!opened.databaseLink().isShared()) {
            return;
        }
        var link = opened.databaseLink();
        ConnectionStatusViewModel connection = new ConnectionStatusViewModel(new ConnectionStatusViewModel.LinkState() {
            @Override
            public ConnectionState current() {
                return link.state();
            }

            @Override
            public void onChange(Consumer<ConnectionState> listener) {
                link.onStateChange(listener);
            }
        }, opened.databaseDescription(), Platform::runLater);
        shell.appViewModels().showUnderHeader(messages -> ConnectionStatusHeader.banner(connection, messages));
        shell.appViewModels().add(connection);
        // added after the window was built: this rebuilds the header and the banners under it
        window.addHeaderItem((messages, dialogs, side, scene) -> ConnectionStatusHeader.label(connection, messages));
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

    /** On the JavaFX thread: says {@code networkType} in the header, in red until the window closes, if there is one. */
    static void warnOfNetworkDisk(Optional<String> networkType, MainWindow window, ShellViewModel shell, Path dataDir) {
        networkType.ifPresent(type -> window.notifications().show(shell.messages().get("datadir.network.heading"),
                shell.messages().get("datadir.network", dataDir, type), null, true, javafx.util.Duration.INDEFINITE));
    }
}
