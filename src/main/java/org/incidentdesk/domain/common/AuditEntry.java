package org.incidentdesk.domain.common;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail, as data: when, who, the action, the entity and its id, and the fields changed
 * with their values before and after. {@code legacySummary} is only set on rows written before V11, whose
 * change was kept as one sentence; it is shown, never read for meaning.
 */
public record AuditEntry(Instant at, String actor, String action, String entity, String entityId,
                         List<FieldChange> changes, String legacySummary) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** The outcome of an attempt that did not go through (a refusal, a failed sign-in). */
    public static final String OUTCOME_FIELD = "outcome";
    /** The outcome of every entry that records something done. */
    public static final String SUCCEEDED = "succeeded";

    /**
     * How the recorded attempt ended (GB/T 22239: every entry names its outcome): the {@value #OUTCOME_FIELD}
     * field of an entry that records a refusal or failure ({@code refused}, {@code wrongPassword}, {@code locked},
     * …), else {@value #SUCCEEDED}: an entry is otherwise only written for a change that was made.
     */
    public String outcome() {
        return changes.stream().filter(c -> OUTCOME_FIELD.equals(c.field()) && c.after() != null).findFirst()
                .map(FieldChange::after).orElse(SUCCEEDED);
    }

    /** The field changes as one line, {@code field: before → after; …} (the old summary for rows before V11). */
    public String changesLine() {
        if (changes.isEmpty()) {
            return legacySummary == null ? "" : legacySummary;
        }
        StringBuilder line = new StringBuilder();
        for (FieldChange c : changes) {
            if (!line.isEmpty()) {
                line.append("; ");
            }
            line.append(c.field()).append(": ");
            if (c.before() != null) {
                line.append(c.before()).append(" → ");
            }
            line.append(c.after() == null ? "" : c.after());
        }
        return line.toString();
    }
}
