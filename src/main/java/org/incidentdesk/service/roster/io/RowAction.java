package org.incidentdesk.service.roster.io;

/** What applying an import does with one row. */
public enum RowAction {
    /** A new person (or, on a row that only names a unit, a new unit). */
    ADD,
    /** An existing person (same name, same unit) whose details change. */
    UPDATE,
    /** An existing person (or unit) already exactly as the file says. */
    UNCHANGED
}
