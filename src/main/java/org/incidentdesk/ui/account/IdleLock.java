package org.incidentdesk.ui.account;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the screen after a stretch without keyboard or mouse input in the window. Screen time, not business time
 * (no deadline hangs on it), so it runs on the toolkit's own timer rather than the office's scheduler.
 */
public final class IdleLock {
    /** The default idle time, and the preference that changes it (minutes, 1 to 120). */
    public static final int DEFAULT_MINUTES = 10;
    public static final String PREFERENCE = "security.idleLockMinutes";
    private static final int MAX_MINUTES = 120;

    private final PauseTransition quiet;

    private IdleLock(Scene scene, int minutes, Runnable lock) {
        quiet = new PauseTransition(Duration.minutes(minutes));
        quiet.setOnFinished(e -> lock.run());
        scene.addEventFilter(InputEvent.ANY, this::stirred);
        quiet.playFromStart();
    }

    /** Watches {@code scene}; {@code lock} runs after {@code minutes} without input (and again after each). */
    public static IdleLock install(Scene scene, int minutes, Runnable lock) {
        return new IdleLock(scene, minutes, lock);
    }

    /** The idle minutes a stored preference names; the default when it is missing or out of range. */
    public static int minutes(String preference) {
        try {
            int minutes = preference == null ? DEFAULT_MINUTES : Integer.parseInt(preference.strip());
            return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    private void stirred(Event event) {
        quiet.playFromStart();
    }

    public void stop() {
        quiet.stop();
    }
}
