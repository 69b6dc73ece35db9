package org.incidentdesk.service.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.WarningChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/** What every warning change writes besides the warning (history, incident timelines, audit, event) and its effect on the incidents' phase. */
final class WarningChangeLog {
    private final EventBus events;
    private final IncidentService incidents;
    private final IncidentRecorder recorder;

    WarningChangeLog(EventBus events, IncidentService incidents, IncidentRecorder recorder) {
        this.events = events;
        this.incidents = incidents;
        this.recorder = recorder;
    }

    void record(StoreSession s, Warning warning, WarningChangeKind kind, WarningLevel from, WarningLevel to,
                String reason, Stamp stamp) {
        s.warnings().appendChange(warning.id(), kind, from == null ? null : from.id(), to == null ? null : to.id(),
                reason, stamp);
        TimelineFact.WarningStep step = new TimelineFact.WarningStep(warning.id(), warning.number(), kind,
                from == null ? null : from.label(), to == null ? null : to.label());
        for (Long incidentId : warning.incidentIds()) {
            recorder.record(s, incidentId, step, reason, stamp);
        }
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("level",
                from == null ? null : from.id(), to == null ? null : to.id())));
        if (reason != null) {
            changes.add(FieldChange.set("reason", reason));
        }
        s.audit().append(stamp, kind.name().toLowerCase(Locale.ROOT) + "Warning", "warning", warning.number(), changes);
        WarningChanged changed = new WarningChanged(events.origin(), warning.id(), kind, warning.incidentIds());
        s.raise(changed);
        events.publishWithin(s, changed); // a warning in force meets its incidents' level deadlines, in this tx
    }

    /**
     * A warning in force moves each of its incidents still before 预警 (接报, 研判) into it, by legal moves only (an
     * incident whose level is not decided yet stays where it is), each move the incident's own change, inside the
     * transaction of the warning. Returns the warning.
     */
    Warning enterWarningPhase(Warning warning) {
        if (warning.status() != WarningStatus.ACTIVE) {
            return warning;
        }
        for (Long incidentId : warning.incidentIds()) {
            Incident incident = incidents.detail(incidentId).incident();
            if (incident.phase().ordinal() < IncidentPhase.WARNING.ordinal()) {
                Lifecycle.pathTo(incident.phase(), p -> p == IncidentPhase.WARNING, incident.levelDecided())
                        .forEach(next -> incidents.advance(incidentId, next));
            }
        }
        return warning;
    }
}
