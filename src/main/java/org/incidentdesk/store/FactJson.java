package org.incidentdesk.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.incident.TimelineFact;

/**
 * The typed fields of a timeline fact and an audit row's field changes as small JSON texts, so a new kind of
 * fact needs no new column (portable: a VARCHAR on H2 and PostgreSQL alike). A fact is stored with its record's
 * name ({@code PhaseMoved}); instants as ISO-8601 UTC text, enums by their code.
 */
final class FactJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()));
    private static final Map<String, Class<? extends TimelineFact>> TYPES = Arrays
            .stream(TimelineFact.class.getPermittedSubclasses())
            .map(FactJson::factType)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private FactJson() {
    }

    public static String typeOf(TimelineFact fact) {
        return fact.getClass().getSimpleName();
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact of plain values always writes: " + value, e);
        }
    }

    public static TimelineFact readFact(String type, String data) {
        Class<? extends TimelineFact> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalStateException("unknown timeline fact " + type + " (written by a newer version?)");
        }
        return read(data, cls, "timeline fact " + type);
    }

    /** Reads {@code data} as a {@code type} (a record of plain values); {@code what} names it in the failure. */
    static <T> T read(String data, Class<T> type, String what) {
        try {
            return JSON.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " does not read: " + data, e);
        }
    }

    static final String UNREADABLE_CHANGES = "(unreadable)";

    static List<FieldChange> readChanges(String data) {
        if (data == null) {
            return List.of();
        }
        try {
            return JSON.readValue(data, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes do not read: " + data, e);
        }
    }

    /**
     * As {@link #readChanges}, for the audit verifier, which must name an entry whose changes were edited into
     * something that is not JSON rather than stop: such a text reads as one change holding it whole, so the entry's
     * hash no longer matches and it is reported as edited.
     */
    static List<FieldChange> readChangesOrUnreadable(String data) {
        try {
            return readChanges(data);
        } catch (IllegalStateException e) {
            return List.of(new FieldChange(UNREADABLE_CHANGES, null, data));
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends TimelineFact> factType(Class<?> permitted) {
        return (Class<? extends TimelineFact>) permitted;
    }

    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Instant.parse(p.getValueAsString());
        }
    }
}
