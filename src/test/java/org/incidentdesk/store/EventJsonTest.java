package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.junit.jupiter.api.Test;

/** Every kind of domain event goes into the change table and comes out equal, whatever kinds are added later. */
class EventJsonTest {
    private static final WorkstationId THERE = new WorkstationId("乙工作站", 4242);

    @Test
    void everyKindOfEventReadsBackEqualToWhatWasWritten() throws Exception {
        var kinds = EventJson.kinds();
        assertTrue(kinds.size() >= 20, "all records under the sealed interface are found: " + kinds.keySet());
        for (Class<? extends DomainEvent> kind : kinds.values()) {
            DomainEvent event = sample(kind);
            String data = EventJson.write(event);

            assertEquals(event, EventJson.read(EventJson.kindOf(event), data), kind.getSimpleName() + ": " + data);
        }
    }

    @Test
    void aKindThisProgramDoesNotKnowIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EventJson.read("IncidentTeleported", "{}"));
        assertTrue(refused.getMessage().contains("IncidentTeleported"), refused.getMessage());
    }

    /** An instance with a distinct value in every field (the first constant of an enum). */
    private static DomainEvent sample(Class<? extends DomainEvent> kind) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), components[i].getGenericType(), i);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return kind.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, int i) {
        if (type == WorkstationId.class) {
            return THERE;
        } else if (type == long.class) {
            return 1000L + i;
        } else if (type == int.class) {
            return 10 + i;
        } else if (type == boolean.class) {
            return true;
        } else if (type == String.class) {
            return "文本 " + i;
        } else if (type == Instant.class) {
            return Instant.parse("2026-12-07T03:40:00Z").plusSeconds(i);
        } else if (type == IncidentNumber.class) {
            return new IncidentNumber(2026, 17);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        } else if (type == Set.class || type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            assertEquals(Long.class, element, "a collection of ids");
            return type == Set.class ? Set.of(5L, 6L) : List.of(5L, 6L);
        }
        throw new AssertionError("no sample for a field of type " + generic + ": add one here");
    }
}
