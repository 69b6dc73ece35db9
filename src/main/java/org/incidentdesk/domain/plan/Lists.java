package org.incidentdesk.domain.plan;

import java.util.List;

/** Null-tolerant copying for the plan records: an absent list is an empty one. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
