package org.incidentdesk.service.documents;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.report.forms.SampleForms;
import org.incidentdesk.report.forms.SituationBulletinData;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.store.Store;

/**
 * For tests of the number series and the issued list: real incidents on the board (a numbered document is an act
 * on one), their reports filled with the invented sample's content so the tests need no facts.
 */
final class SampleFilledIncidents implements IncidentFormData {
    private final IncidentService incidents;

    /** Seeds the demo office (roster and active county plan) into {@code store} unless it has one. */
    SampleFilledIncidents(Store store, Clock clock, ZoneId zone) {
        PlanService plans = new PlanService(store, clock, () -> new Actor("tester"), new EventBus());
        new DemoOffice(store, clock, () -> new Actor("tester"), zone).seedIfNew(plans);
        this.incidents = new IncidentService(store, clock, () -> new Actor("tester"), new EventBus(), plans,
                new LevelAssessor(), zone);
    }

    /** A new incident on the board; returns its id. */
    long newIncident(String title) {
        return incidents.intake(Intake.quick(title, "inquiry")).id();
    }

    @Override
    public Optional<IncidentReportData> report(long incidentId, IncidentReportData.Stage stage, int sequence) {
        return Optional.of(SampleForms.report(stage, sequence));
    }

    @Override
    public Optional<SituationBulletinData> bulletin(long incidentId, int issue) {
        return Optional.of(SampleForms.bulletin(issue));
    }

    @Override
    public Optional<ReviewReportData> review(long incidentId) {
        return Optional.of(SampleForms.review());
    }
}
