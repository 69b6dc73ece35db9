package org.incidentdesk.domain.plan;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known about an event when its level is assessed (研判): its category, how it stands (has happened
 * here / may happen here / happened elsewhere, each with the event's own severity written as a level id of
 * the plan), which checklist criteria were observed (plan 3's media spread), and its metrics (R8).
 */
public record EventFacts(String category, Map<Occurrence, String> occurrences, Set<String> observed,
                         Map<Metric, Long> metrics) {
    public EventFacts {
        occurrences = occurrences == null ? Map.of() : Map.copyOf(occurrences);
        observed = observed == null ? Set.of() : Set.copyOf(observed);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public static EventFacts none() {
        return new EventFacts(null, Map.of(), Set.of(), Map.of());
    }

    public EventFacts withCategory(String categoryId) {
        return new EventFacts(categoryId, occurrences, observed, metrics);
    }

    /** E.g. {@code with(HAPPENED_HERE, "IV")}: a 一般 event has happened here. */
    public EventFacts with(Occurrence occurrence, String severityLevelId) {
        Map<Occurrence, String> next = new EnumMap<>(Occurrence.class);
        next.putAll(occurrences);
        next.put(occurrence, severityLevelId);
        return new EventFacts(category, next, observed, metrics);
    }

    public EventFacts withObserved(String... criterionIds) {
        Set<String> next = new LinkedHashSet<>(observed);
        next.addAll(List.of(criterionIds));
        return new EventFacts(category, occurrences, next, metrics);
    }

    public EventFacts withMetric(Metric metric, long value) {
        Map<Metric, Long> next = new EnumMap<>(Metric.class);
        next.putAll(metrics);
        next.put(metric, value);
        return new EventFacts(category, occurrences, observed, next);
    }
}
