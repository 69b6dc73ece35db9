package org.incidentdesk.service.plan.format;

/** Facts about the plan document format itself. */
public final class PlanDocument {
    /**
     * The version of the document layout this program reads and writes. Raise it when a field changes its
     * meaning; the reader refuses documents of another version rather than guessing.
     */
    public static final int SCHEMA_VERSION = 1;

    private PlanDocument() {
    }
}
