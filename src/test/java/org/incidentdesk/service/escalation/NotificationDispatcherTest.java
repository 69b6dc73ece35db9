package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.event.AlertDeliveryFailed;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.junit.jupiter.api.Test;

/** A failed send waits for its retry on the scheduler, or goes again at once when the person asks. */
class NotificationDispatcherTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    /** A mail server that refuses the first {@code failures} sends. */
    private static final class FlakyMail implements Notifier {
        int failures;
        final List<Instant> delivered = new ArrayList<>();
        private final SimulatedScheduler time;

        FlakyMail(int failures, SimulatedScheduler time) {
            this.failures = failures;
            this.time = time;
        }

        @Override
        public String channel() {
            return "smtp";
        }

        @Override
        public void send(Alert alert) throws NotifierException {
            if (failures-- > 0) {
                throw new NotifierException("连接被拒绝");
            }
            delivered.add(time.clock().instant());
        }
    }

    private static Alert alert() {
        return new Alert(7, 1, "2026-001", DeadlineEventKind.OVERDUE, "assess-level", NOW, null, "已超时", false, NOW);
    }

    @Test
    void aRetryByHandSendsAtOnceAndCancelsTheScheduledOne() {
        try (SimulatedScheduler time = new SimulatedScheduler(new SimulatedClock(NOW, ZoneId.of("Asia/Shanghai")))) {
            EventBus events = new EventBus();
            List<AlertDeliveryFailed> failed = new ArrayList<>();
            events.subscribe(AlertDeliveryFailed.class, failed::add);
            FlakyMail mail = new FlakyMail(1, time);
            NotificationDispatcher dispatcher = new NotificationDispatcher(List.of(mail), time, events);

            dispatcher.dispatch(alert());
            assertEquals(1, failed.size());
            assertEquals(NOW.plus(Duration.ofMinutes(1)), failed.getFirst().retryAt());
            time.advanceBy(Duration.ofSeconds(10));

            assertTrue(dispatcher.retryNow(7, "smtp"));
            assertEquals(List.of(NOW.plusSeconds(10)), mail.delivered);
            time.advanceBy(Duration.ofMinutes(5));
            assertEquals(1, mail.delivered.size(), "the scheduled retry was cancelled: sent once");
            assertFalse(dispatcher.retryNow(7, "smtp"), "nothing waits once it went through");
        }
    }

    @Test
    void aRetryByHandThatFailsAgainIsAnnouncedAndWaitsForTheNextAttempt() {
        try (SimulatedScheduler time = new SimulatedScheduler(new SimulatedClock(NOW, ZoneId.of("Asia/Shanghai")))) {
            EventBus events = new EventBus();
            List<AlertDeliveryFailed> failed = new ArrayList<>();
            events.subscribe(AlertDeliveryFailed.class, failed::add);
            FlakyMail mail = new FlakyMail(2, time);
            NotificationDispatcher dispatcher = new NotificationDispatcher(List.of(mail), time, events);

            dispatcher.dispatch(alert());
            dispatcher.retryNow(7, "smtp");
            assertEquals(List.of(1, 2), failed.stream().map(AlertDeliveryFailed::attempt).toList());
            time.advanceBy(Duration.ofMinutes(2));
            assertEquals(List.of(NOW.plus(Duration.ofMinutes(2))), mail.delivered, "second backoff: 2 minutes");
        }
    }
}
