package org.incidentdesk.archfixture.service;

import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/**
 * Planted violations for ArchitectureTest: a "service" that reads meaning out of the timeline's words, and one
 * that writes a row behind the recorder's back.
 */
public final class ServiceThatReadsTimelineText {
    public boolean taskDone(TimelineEntry entry) {
        return entry.personText() != null && entry.personText().contains("DONE");
    }

    public boolean ended(TimelineEntry entry, TimelineRenderer renderer) {
        return renderer.render(entry).endsWith("ENDED");
    }

    public void noteBehindTheRecordersBack(StoreSession s, long incidentId, Stamp stamp) {
        s.timeline().append(incidentId, new TimelineFact.Note(), "已核实", stamp);
    }
}
