package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_METRIC;

import java.util.List;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.store.generated.tables.records.IncidentMetricRecord;
import org.jooq.DSLContext;

/** The indicators of incidents over time. */
public final class MetricRepository {
    private final DSLContext dsl;

    MetricRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, MetricPoint.Figures f, Stamp stamp) {
        return dsl.insertInto(INCIDENT_METRIC)
                .set(INCIDENT_METRIC.INCIDENT_ID, incidentId)
                .set(INCIDENT_METRIC.MEASURED_AT, f.at())
                .set(INCIDENT_METRIC.READS, f.reads())
                .set(INCIDENT_METRIC.REPOSTS, f.reposts())
                .set(INCIDENT_METRIC.COMMENTS, f.comments())
                .set(INCIDENT_METRIC.LIKES, f.likes())
                .set(INCIDENT_METRIC.HEAT_INDEX, f.heatIndex())
                .set(INCIDENT_METRIC.STAGE, f.stage())
                .set(INCIDENT_METRIC.RECORDED_AT, stamp.time())
                .set(INCIDENT_METRIC.RECORDED_BY, stamp.who())
                .returning(INCIDENT_METRIC.ID).fetchOne().getId();
    }

    /** The incident's points, in the order they were measured. */
    public List<MetricPoint> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_METRIC).where(INCIDENT_METRIC.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_METRIC.MEASURED_AT, INCIDENT_METRIC.ID).fetch(MetricRepository::toPoint);
    }

    /**
     * The measured time comes back in UTC whatever offset it was given in: the column keeps the instant (PostgreSQL
     * keeps nothing else, H2 kept the offset too), and every reader shows it in the office's zone.
     */
    private static MetricPoint toPoint(IncidentMetricRecord r) {
        return new MetricPoint(r.getId(), r.getIncidentId(), Times.utc(Times.instant(r.getMeasuredAt())), r.getReads(), r.getReposts(),
                r.getComments(), r.getLikes(), r.getHeatIndex(), r.getStage(), Times.instant(r.getRecordedAt()),
                r.getRecordedBy());
    }
}
