package org.incidentdesk.archfixture.service;

import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;

/** Planted violation for ArchitectureTest: a "service" that reads meaning out of the timeline's words. */
public final class ServiceThatReadsTimelineText {
    public boolean taskDone(TimelineEntry entry) {
        return entry.personText() != null && entry.personText().contains("DONE");
    }

    public boolean ended(TimelineEntry entry, TimelineRenderer renderer) {
        return renderer.render(entry).endsWith("ENDED");
    }
}
