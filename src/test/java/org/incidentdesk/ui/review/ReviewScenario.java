package org.incidentdesk.ui.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.ui.WorkstationHarness;

/**
 * An incident the demo office ran and ended, through the services as the board would: taken, assessed at level III
 * (its deadlines derived), metrics recorded, the first report sent late, a statement released, a note, ended.
 */
final class ReviewScenario {
    private ReviewScenario() {
    }

    /** Runs the incident on {@code context} over simulated {@code time}; returns it ended. */
    static Incident endedIncident(AppContext context, SimulatedScheduler time, String title) {
        var incidents = context.incidents();
        Incident incident = incidents.intake(Intake.quick(title, "inquiry"));
        Assessment assessment = incidents.assess(incident.id(), List.of("county-III-happened"));
        incidents.confirm(assessment.id());
        metrics(context, incident, 120, 2_000L, 40L);
        time.advanceBy(Duration.ofMinutes(20));
        metrics(context, incident, 880, 9_500L, 310L);
        incidents.addNote(incident.id(), "值班员电话联系属地核实情况");
        time.advanceBy(Duration.ofMinutes(45));
        context.deadlines().actDone(incident.id(), DeadlineAction.REPORT_FIRST, time.clock().instant(), "值班员");
        Statement statement = incidents.statements().draft(incident.id(), "已关注到网民反映的情况，正在核实处置。");
        incidents.statements().submit(statement.id());
        incidents.statements().approve(statement.id(), null);
        incidents.statements().release(statement.id());
        time.advanceBy(Duration.ofMinutes(30));
        metrics(context, incident, 300, 4_000L, 90L);
        time.advanceBy(Duration.ofMinutes(60));
        incidents.advance(incident.id(), IncidentPhase.ENDED);
        return incidents.detail(incident.id()).incident();
    }

    private static void metrics(AppContext context, Incident incident, long heat, long reads, long comments) {
        OffsetDateTime at = OffsetDateTime.ofInstant(context.clock().instant(), WorkstationHarness.ZONE);
        context.incidents().addMetrics(incident.id(), new MetricPoint.Figures(at, reads, null, comments, null, heat, ""));
    }
}
