package org.incidentdesk.app;

import java.nio.file.Path;
import java.time.ZoneId;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.drill.DrillOffice;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.review.ReviewService;

/** A drill's office: the whole composition root on a temporary directory and a simulated scheduler. */
final class ContextDrillOffice implements DrillOffice {
    private final AppContext context;
    private final SimulatedScheduler scheduler;

    private ContextDrillOffice(AppContext context, SimulatedScheduler scheduler) {
        this.context = context;
        this.scheduler = scheduler;
    }

    /** Opens the office with its deadline alarms armed. */
    static DrillOffice open(Path dataDir, SimulatedScheduler scheduler, ZoneId zone) {
        AppContext context = AppContext.openEmbedded(dataDir, zone, scheduler);
        context.startDeadlineAlarms();
        return new ContextDrillOffice(context, scheduler);
    }

    @Override
    public PlanService plans() {
        return context.plans();
    }

    @Override
    public IncidentService incidents() {
        return context.incidents();
    }

    @Override
    public DeadlineService deadlines() {
        return context.deadlines();
    }

    @Override
    public WarningService warnings() {
        return context.warnings();
    }

    @Override
    public ReviewService reviews() {
        return context.reviews();
    }

    @Override
    public SimulatedScheduler scheduler() {
        return scheduler;
    }

    @Override
    public ZoneId zone() {
        return context.zone();
    }

    @Override
    public void close() {
        context.close();
    }
}
