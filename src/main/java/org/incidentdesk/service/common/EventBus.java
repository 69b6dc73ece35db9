package org.incidentdesk.service.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.store.StoreSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small in-process bus for domain events. Services raise events in their transaction
 * ({@code StoreSession.raise}); the store hands them here after the commit. Handlers run on the publishing
 * thread; the user interface subscribes through {@code ui.common.FxEvents}, which moves them to the JavaFX
 * thread. In shared-database mode a poller of the change table will publish other workstations' events here.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Consequence<?>> consequences = new CopyOnWriteArrayList<>();
    private final WorkstationId origin;

    /** A bus whose own changes are stamped with {@code origin}. */
    public EventBus(WorkstationId origin) {
        this.origin = origin;
    }

    /** A bus for this process on this host. */
    public EventBus() {
        this(ThisWorkstation.id());
    }

    /** The workstation this process is: events it raises carry this as their origin. */
    public WorkstationId origin() {
        return origin;
    }

    public <E extends DomainEvent> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Subscription<E> subscription = new Subscription<>(type, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public void publish(DomainEvent event) {
        for (Subscription<?> s : subscriptions) {
            try {
                s.offer(event);
            } catch (RuntimeException e) {
                LOG.error("event handler failed for {}", event, e);
            }
        }
    }

    /**
     * Subscribes a consequence: {@code handler} runs inside the transaction that raises the event, with its
     * session, before the commit (an incident's deadlines follow each change of the incident this way). Unlike
     * {@link #subscribe}, a failing handler fails the change: the whole transaction rolls back.
     */
    public <E extends DomainEvent> Runnable subscribeWithin(Class<E> type, BiConsumer<StoreSession, ? super E> handler) {
        Consequence<E> consequence = new Consequence<>(type, handler);
        consequences.add(consequence);
        return () -> consequences.remove(consequence);
    }

    /** Runs the consequences of {@code event} in the transaction of {@code session}; their failures propagate. */
    public void publishWithin(StoreSession session, DomainEvent event) {
        for (Consequence<?> c : consequences) {
            c.offer(session, event);
        }
    }

    private record Consequence<E>(Class<E> type, BiConsumer<StoreSession, ? super E> handler) {
        void offer(StoreSession session, Object event) {
            if (type.isInstance(event)) {
                handler.accept(session, type.cast(event));
            }
        }
    }

    private record Subscription<E>(Class<E> type, Consumer<? super E> handler) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        }
    }
}
