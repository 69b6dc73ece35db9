package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.Locale;

/** What the command line gets from the composition root: services on a data directory, and the window. */
public interface CliEnvironment {
    /** Opens the services on the data directory ({@code null}: the default one). */
    CliServices open(Path dataDirOverride);

    /** Opens the workstation window and returns when it closes. */
    void openWindow(Path dataDirOverride, Locale locale);
}
