package org.incidentdesk.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.incidentdesk.store.Database;

/**
 * Opens the office within a bound. Opening migrates the schema, which writes, and a damaged file can make a write
 * spin inside H2 forever (issue 19); the open runs on a daemon thread, so a caller that gives up can still exit.
 */
final class BoundedOpen {
    /** Opening may migrate a large database: a few times the bound of one transaction. */
    static final Duration OPEN_BOUND = Database.WRITE_BOUND.multipliedBy(3);

    /** The open did not finish within the bound. */
    static final class NotAnswering extends RuntimeException {
        private final long seconds;

        NotAnswering(Path dataDir, long seconds) {
            super("opening " + dataDir + " did not finish in " + seconds + " s");
            this.seconds = seconds;
        }

        long seconds() {
            return seconds;
        }
    }

    private BoundedOpen() {
    }

    static AppContext open(Path dataDir, Supplier<AppContext> opener) {
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        Thread.ofPlatform().name("database-open").daemon().start(() -> {
            try {
                opening.complete(opener.get());
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        });
        try {
            return opening.get(OPEN_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotAnswering(dataDir, OPEN_BOUND.toSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + dataDir, e);
        }
    }
}
