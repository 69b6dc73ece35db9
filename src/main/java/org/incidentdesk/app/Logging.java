package org.incidentdesk.app;

import java.nio.file.Path;

/** Points the rolling log file at the data directory; must run before the first logger is created. */
final class Logging {
    static final String LOG_DIR_PROPERTY = "incidentdesk.logdir";

    private Logging() {
    }

    static void configure(Path dataDir) {
        System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
    }
}
