package org.incidentdesk.cli;

import org.incidentdesk.service.drill.DrillOffice;

import java.nio.file.Path;
import java.util.Locale;

/** What the command line gets from the composition root: services on a data directory, and the window. */
public interface CliEnvironment {
    /** Opens the services on the data directory ({@code null}: the default one). */
    CliServices open(Path dataDirOverride);

    /** Opens the workstation window and returns when it closes. */
    void openWindow(Path dataDirOverride, Locale locale);

    /** Opens throw-away offices on a simulated clock, for drills. */
    default DrillOffice.Opener drillOffices() {
        throw new UnsupportedOperationException("drills are not available here");
    }
}
