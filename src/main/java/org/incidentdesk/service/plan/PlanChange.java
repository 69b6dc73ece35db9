package org.incidentdesk.service.plan;

/**
 * One difference between a template and an office plan, for the plan workspace: the field path (list items
 * with an id are named by it, e.g. {@code deadlines[report-major].duration}) and the old and new values as
 * text (null where the element did not exist).
 */
public record PlanChange(String path, Kind kind, String oldValue, String newValue) {
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
