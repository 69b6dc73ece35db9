package org.incidentdesk.service.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small in-process bus for domain events. Handlers run on the publishing thread; ViewModels hop to the
 * JavaFX thread themselves. In shared-database mode a poller of the change table publishes here too.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Subscription<E> subscription = new Subscription<>(type, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public void publish(Object event) {
        for (Subscription<?> s : subscriptions) {
            try {
                s.offer(event);
            } catch (RuntimeException e) {
                LOG.error("event handler failed for {}", event, e);
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
