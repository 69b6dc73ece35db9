package org.incidentdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lanes on real threads; the "UI thread" is this test's thread, which runs the callbacks it is handed
 * (no toolkit needed). Every wait is on a condition.
 */
class FxTaskRunnerTest {
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskRunner runner = new FxTaskRunner(uiQueue::add);
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        runner.close();
    }

    /** Runs UI callbacks until {@code done}, failing after 10 s. */
    private void pumpUntil(BooleanSupplier done) throws InterruptedException {
        long rounds = 0;
        while (!done.getAsBoolean()) {
            Runnable next = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            } else if (++rounds > 100) {
                throw new AssertionError("not reached; delivered so far " + delivered);
            }
        }
    }

    private void pumpUntilDrained() throws InterruptedException {
        var drained = runner.drained();
        pumpUntil(drained::isDone);
    }

    @Test
    void aReadIsNotHeldUpByALongWrite() throws InterruptedException {
        CountDownLatch writeMayFinish = new CountDownLatch(1);
        runner.write(() -> {
            writeMayFinish.await();
            return "write";
        }, delivered::add, failure -> { });
        runner.read(() -> "read", delivered::add, failure -> { });
        pumpUntil(() -> delivered.contains("read"));
        assertEquals(List.of("read"), delivered, "the read came back while the write still ran");
        assertTrue(runner.busyProperty().get());

        writeMayFinish.countDown();
        pumpUntil(() -> delivered.contains("write"));
        pumpUntilDrained();
        assertFalse(runner.busyProperty().get());
    }

    @Test
    void writesRunOneAtATimeInTheOrderAskedFor() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "w" + i;
            runner.write(() -> {
                ran.add(name + "+");
                ran.add(name + "-");
                return name;
            }, delivered::add, failure -> { });
        }
        pumpUntil(() -> delivered.size() == 5);
        assertEquals(List.of("w0+", "w0-", "w1+", "w1-", "w2+", "w2-", "w3+", "w3-", "w4+", "w4-"), ran);
        assertEquals(List.of("w0", "w1", "w2", "w3", "w4"), delivered);
    }

    @Test
    void aRefreshOvertakenByANewerOneIsDropped() throws InterruptedException {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<String> started = new CopyOnWriteArrayList<>();
        runner.refresh("roster", () -> {
            started.add("old");
            firstStarted.countDown();
            firstMayFinish.await();
            return "old";
        }, delivered::add, failure -> { });
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        runner.refresh("roster", () -> {
            started.add("queued");
            return "queued";
        }, delivered::add, failure -> { });
        runner.refresh("roster", () -> {
            started.add("newest");
            return "newest";
        }, delivered::add, failure -> { });
        runner.refresh("plans", () -> "other key", delivered::add, failure -> { });
        firstMayFinish.countDown();
        pumpUntilDrained();

        assertEquals(List.of("old", "newest"), started, "the overtaken refresh that had not started never starts");
        assertEquals(List.of("newest", "other key"), delivered, "the running one's result is not delivered");
        assertFalse(runner.busyProperty().get());
    }

    @Test
    void aCancelledJobEndsInACancellationAndReportsItsSteps() throws InterruptedException {
        CountDownLatch stepped = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Job job = runner.job("导出", false, j -> {
            j.step("第一步", 0.5);
            stepped.countDown();
            mayGoOn.await();
            j.throwIfCancelled();
            return "done";
        }, delivered::add, failures::add);
        assertEquals(job, runner.currentJobProperty().get());
        assertTrue(stepped.await(10, TimeUnit.SECONDS));
        pumpUntil(() -> job.progressProperty().get() == 0.5);
        assertEquals("第一步", job.stepProperty().get());

        job.cancel();
        mayGoOn.countDown();
        pumpUntil(() -> !failures.isEmpty());
        assertInstanceOf(CancellationException.class, failures.get(0));
        assertTrue(delivered.isEmpty());
        assertEquals(null, runner.currentJobProperty().get());
    }
}
