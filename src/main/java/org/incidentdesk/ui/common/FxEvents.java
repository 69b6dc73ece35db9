package org.incidentdesk.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.service.common.EventBus;

/**
 * Where the user interface listens to domain events: handlers run on the JavaFX thread, whichever thread
 * published. ViewModel tests build it on a direct or recording executor and need no toolkit.
 */
public final class FxEvents {
    private final EventBus bus;
    private final Executor uiThread;

    public FxEvents(EventBus bus, Executor uiThread) {
        this.bus = bus;
        this.uiThread = uiThread;
    }

    /** Delivers on the JavaFX application thread. */
    public static FxEvents onFxThread(EventBus bus) {
        return new FxEvents(bus, Platform::runLater);
    }

    /** Calls {@code handler} on the UI thread for each event of {@code type}; returns what unsubscribes. */
    public <E extends DomainEvent> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        return bus.subscribe(type, event -> uiThread.execute(() -> handler.accept(event)));
    }
}
