package org.incidentdesk.service.drill;

import java.nio.file.Path;
import java.time.ZoneId;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.review.ReviewService;

/**
 * The real services of a throw-away office, on a simulated clock, for one drill: the composition root opens it
 * on a temporary data directory, with its deadline alarms armed on {@link #scheduler()}.
 */
public interface DrillOffice extends AutoCloseable {
    PlanService plans();

    IncidentService incidents();

    DeadlineService deadlines();

    WarningService warnings();

    /** The drill's incidents' figures, scored against the plan as a review scores them. */
    ReviewService reviews();

    SimulatedScheduler scheduler();

    ZoneId zone();

    @Override
    void close();

    /** Opens a drill office in {@code dataDir} on {@code scheduler}'s time, in the office zone {@code zone}. */
    @FunctionalInterface
    interface Opener {
        DrillOffice open(Path dataDir, SimulatedScheduler scheduler, ZoneId zone);
    }
}
