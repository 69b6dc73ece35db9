package org.incidentdesk.store;

import java.util.HashMap;
import java.util.Map;
import org.incidentdesk.domain.event.DomainEvent;

/**
 * A domain event as a row of the change table: its record's name as the kind and its fields as JSON (through
 * {@link FactJson}'s mapper, so instants and enums read back as they were written). Every kind of event is
 * found from the sealed interface, so a new kind needs nothing here.
 */
final class EventJson {
    private static final Map<String, Class<? extends DomainEvent>> KINDS = kinds();

    private EventJson() {
    }

    static String kindOf(DomainEvent event) {
        return event.getClass().getSimpleName();
    }

    static String write(DomainEvent event) {
        return FactJson.write(event);
    }

    /** The event of {@code kind}; refused when this program does not know the kind (written by a newer one). */
    static DomainEvent read(String kind, String data) {
        Class<? extends DomainEvent> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalStateException("unknown change " + kind + " (written by a newer version?)");
        }
        return FactJson.read(data, type, "change " + kind);
    }

    /** The records under the sealed interface, by simple name. */
    static Map<String, Class<? extends DomainEvent>> kinds() {
        Map<String, Class<? extends DomainEvent>> kinds = new HashMap<>();
        collect(DomainEvent.class, kinds);
        return Map.copyOf(kinds);
    }

    private static void collect(Class<?> type, Map<String, Class<? extends DomainEvent>> into) {
        if (type.isRecord()) {
            into.put(type.getSimpleName(), type.asSubclass(DomainEvent.class));
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub, into);
            }
        }
    }
}
