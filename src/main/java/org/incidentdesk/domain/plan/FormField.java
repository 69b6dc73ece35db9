package org.incidentdesk.domain.plan;

import java.util.List;

/** A heading a report must cover, e.g. 首发时间; for some levels only when {@code levels} is not empty (R15). */
public record FormField(String name, List<String> levels) {
    public FormField {
        levels = Lists.copy(levels);
    }

    public static FormField always(String name) {
        return new FormField(name, List.of());
    }
}
