package org.incidentdesk.service.incident;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the person importing a metrics file said about headers the reader does not know, by header text as
 * written (stripped): read it as one of the columns, or ignore it. Immutable; {@link #with} and
 * {@link #ignoring} give a new mapping.
 */
public record MetricsColumnMapping(Map<String, MetricsColumn> mapped, Set<String> ignored) {
    public static final MetricsColumnMapping NONE = new MetricsColumnMapping(Map.of(), Set.of());

    public MetricsColumnMapping {
        mapped = Map.copyOf(mapped);
        ignored = Set.copyOf(ignored);
    }

    /** This mapping with {@code header} read as {@code column}. */
    public MetricsColumnMapping with(String header, MetricsColumn column) {
        Map<String, MetricsColumn> nextMapped = new HashMap<>(mapped);
        nextMapped.put(header.strip(), column);
        Set<String> nextIgnored = new HashSet<>(ignored);
        nextIgnored.remove(header.strip());
        return new MetricsColumnMapping(nextMapped, nextIgnored);
    }

    /** This mapping with {@code header} ignored. */
    public MetricsColumnMapping ignoring(String header) {
        Map<String, MetricsColumn> nextMapped = new HashMap<>(mapped);
        nextMapped.remove(header.strip());
        Set<String> nextIgnored = new HashSet<>(ignored);
        nextIgnored.add(header.strip());
        return new MetricsColumnMapping(nextMapped, nextIgnored);
    }
}
