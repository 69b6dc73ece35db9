package org.incidentdesk.service.plan;

/** Published after an office plan is created, imported, saved as a new version or activated. */
public record PlanChanged(long planId, String what) {
}
