package org.incidentdesk.ui;

import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.service.common.ActorSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.app.Workstation;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.ui.common.Fonts;
import org.incidentdesk.ui.shell.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workstation on a fresh data directory (so it starts with the demo office), on simulated time that starts at
 * 2026-03-02 10:00 in Shanghai, inside the demo office's first duty shift.
 */
public final class WorkstationHarness implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final Path dataDir;
    private final AppContext context;
    private final SimulatedScheduler time = new SimulatedScheduler(new SimulatedClock(NOW, ZONE));
    private volatile Principal acting = Principal.workstation(ActorSource.operatingSystemUser().current());
    private Workstation workstation;
    private MainWindow window;

    public WorkstationHarness() {
        this(new PasswordHasher());
    }

    /** As {@link #WorkstationHarness()}, hashing passwords with {@code passwords} (sign-in tests: fewer rounds). */
    public WorkstationHarness(PasswordHasher passwords) {
        try {
            dataDir = Files.createTempDirectory("incidentdesk-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fonts.loadBundled();
        context = AppContext.openEmbedded(dataDir, ZONE, time, new ActorSource() {
            @Override
            public Actor current() {
                return acting.actor();
            }

            @Override
            public Principal principal() {
                return acting;
            }
        }, passwords);
    }

    /** Shows the Chinese window at {@code width}×{@code height}, the size of the clerk's screen under test. */
    public MainWindow show(Stage stage, int width, int height) {
        stage.setWidth(width);
        stage.setHeight(height);
        return show(stage, Locale.SIMPLIFIED_CHINESE);
    }

    /** The window's workspace of {@code type}. */
    public static <W> W workspace(MainWindow window, Class<W> type) {
        return window.workspaces().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /**
     * Shows the window as the real program starts it: behind the first-run wizard (no account yet) or the
     * sign-in, at {@code width}×{@code height}; the workspaces appear once somebody has signed in.
     */
    public MainWindow showSigningIn(Stage stage, int width, int height) {
        stage.setWidth(width);
        stage.setHeight(height);
        workstation = Workstation.openingBehindSignIn(dataDir, context.clock(), ZONE, () -> context,
                WorkstationPreferences.load(dataDir), context.databaseDescription());
        window = workstation.show(stage, Locale.SIMPLIFIED_CHINESE);
        return window;
    }

    public MainWindow show(Stage stage, Locale locale) {
        workstation = new Workstation(context, WorkstationPreferences.load(dataDir));
        window = workstation.show(stage, locale);
        return window;
    }


    /** From now on the workstation's changes are made by {@code name} (the next person on duty took over). */
    public void actAs(String name) {
        acting = Principal.workstation(new Actor(name));
    }

    /** From now on the services act as {@code account} (what a signed-in session supplies). */
    public void actAs(Principal account) {
        acting = account;
    }

    public AppContext context() {
        return context;
    }

    /** The workstation's time: it stands at {@link #NOW} until a test advances it, running what falls due. */
    public SimulatedScheduler time() {
        return time;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Waits (up to 10 s) for background work and the FX thread to make {@code condition} true. */
    /** Runs {@code read} on the JavaFX thread and returns what it gives. */
    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * For "nothing happened" checks: waits until everything a click queued — on the FX thread and on every
     * background lane, including work those results queued in turn — has run.
     */
    public void drain() {
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                workstation.backgroundWorkDone().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
                throw new AssertionError("background work did not finish within 10 s", e);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        if (workstation != null) {
            workstation.stopListening();
        }
        context.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
