package org.incidentdesk.cli;

/**
 * The database is held by the window, and the window ran the whole command instead (its output has been printed
 * already); the command line process ends with the command's exit code. Thrown where the services would open.
 */
public final class RanInWindow extends RuntimeException {
    private final int exitCode;

    public RanInWindow(int exitCode) {
        super("run by the window, exit code " + exitCode, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
