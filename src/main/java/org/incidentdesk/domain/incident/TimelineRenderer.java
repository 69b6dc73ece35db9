package org.incidentdesk.domain.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;

/**
 * The one place a timeline entry becomes words: the fact's bundle text ({@code timeline.<RecordName>[.<variant>]})
 * in the reader's language, filled with its values (times in the office's zone, states by their names in that
 * language, a missing value as —), followed by the person's text exactly as it was written. Used by the window,
 * the command line and the forms alike.
 */
public final class TimelineRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    public TimelineRenderer(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The entry as one line of text: what happened, then (where any) the person's words. */
    public String render(TimelineEntry entry) {
        String fact = describe(entry.fact());
        String person = entry.personText();
        if (person == null || person.isEmpty()) {
            return fact;
        }
        return fact.isEmpty() ? person : messages.get("timeline.withText", fact, person);
    }

    /** The fact alone, without the person's text. */
    public String describe(TimelineFact fact) {
        String key = "timeline." + fact.getClass().getSimpleName();
        if (fact.variant() != null) {
            key += "." + fact.variant();
        }
        return messages.get(key, format(fact.args()));
    }

    /** The coarse kind's name in the reader's language (接报, 阶段, 时限…). */
    public String kindName(TimelineEntry entry) {
        return messages.name(entry.kind());
    }

    private Object[] format(List<Object> args) {
        return args.stream().map(this::format).toArray();
    }

    private Object format(Object value) {
        return switch (value) {
            case null -> "—";
            case Instant instant -> TIME.format(instant.atZone(zone));
            case Duration duration -> DurationText.format(duration, messages);
            case Enum<?> constant -> messages.name(constant);
            case TimelineFact.Term term -> messages.get(term.key(), format(term.args()));
            default -> value;
        };
    }
}
