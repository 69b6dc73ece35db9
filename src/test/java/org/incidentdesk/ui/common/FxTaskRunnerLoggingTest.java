package org.incidentdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FxTaskRunnerLoggingTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(FxTaskRunner.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private Level configured;

    @BeforeEach
    void listen() {
        configured = logger.getLevel();
        logger.setLevel(Level.INFO);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(events);
        logger.setLevel(configured);
    }

    @Test
    void aRefusedInputIsOneLineWithoutAStackTrace() {
        FxTaskRunner.logFailure(new ValidationException(List.of(Violation.of("mobile", "validation.mobile", "12345"))));

        assertEquals(1, events.list.size());
        ILoggingEvent event = events.list.get(0);
        assertEquals(Level.INFO, event.getLevel());
        assertEquals("input refused: mobile: validation.mobile", event.getFormattedMessage());
        assertNull(event.getThrowableProxy());
    }

    @Test
    void aRealFailureKeepsItsStackTrace() {
        FxTaskRunner.logFailure(new IllegalStateException("disk gone"));

        ILoggingEvent event = events.list.get(0);
        assertEquals(Level.WARN, event.getLevel());
        assertNotNull(event.getThrowableProxy());
    }
}
