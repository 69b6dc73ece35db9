package org.incidentdesk.app;

import java.nio.file.Path;
import javafx.application.Platform;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's word when the database stops answering, and when it answers again. */
final class DatabaseStopNotice {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private DatabaseStopNotice() {
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

}
