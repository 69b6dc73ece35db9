package org.incidentdesk.service.drill;

/**
 * A scenario the runner refuses: which step (0: the scenario's head) and why, already in the reader's language.
 */
public final class DrillException extends RuntimeException {
    private final int step;

    public DrillException(int step, String message) {
        super(message);
        this.step = step;
    }

    public int step() {
        return step;
    }
}
