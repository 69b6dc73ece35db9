package org.incidentdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.event.PersonDeleted;
import org.incidentdesk.domain.event.PlanActivated;
import org.incidentdesk.domain.event.RosterEvent;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.service.common.EventBus;
import org.junit.jupiter.api.Test;

/** The bridge without a toolkit: a queue stands in for the JavaFX thread. */
class FxEventsTest {
    private static final WorkstationId HERE = new WorkstationId("test-host", 7);

    private final EventBus bus = new EventBus(HERE);
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final FxEvents events = new FxEvents(bus, uiQueue::add);
    private final List<RosterEvent> handled = new ArrayList<>();

    @Test
    void handlersRunOnTheUiThreadNotOnThePublishingOne() {
        events.subscribe(RosterEvent.class, handled::add);

        bus.publish(new PersonDeleted(HERE, 12));
        assertEquals(List.of(), handled, "the publishing thread does not run the handler");

        uiQueue.forEach(Runnable::run);
        assertEquals(List.of(new PersonDeleted(HERE, 12)), handled);
    }

    @Test
    void aHandlerHearsOnlyItsFamilyAndNothingAfterUnsubscribing() {
        Runnable unsubscribe = events.subscribe(RosterEvent.class, handled::add);

        bus.publish(new PlanActivated(HERE, 1));
        assertEquals(0, uiQueue.size(), "a plan event is not the roster's business");

        unsubscribe.run();
        bus.publish(new PersonDeleted(HERE, 12));
        uiQueue.forEach(Runnable::run);
        assertEquals(List.of(), handled);
    }
}
