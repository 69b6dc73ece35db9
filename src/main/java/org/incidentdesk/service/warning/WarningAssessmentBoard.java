package org.incidentdesk.service.warning;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/** The warning assessment board (研判) of an incident: the assessor's proposal, each criterion checked, and experts' opinions. */
public final class WarningAssessmentBoard {
    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final IncidentService incidents;
    private final LevelAssessor assessor;
    private final IncidentRecorder recorder;
    private final Supplier<Stamp> stamps;
    private final ActorSource actors;

    WarningAssessmentBoard(Store store, Clock clock, ZoneId zone, IncidentService incidents, LevelAssessor assessor,
                           IncidentRecorder recorder, Supplier<Stamp> stamps,
            ActorSource actors) {
        this.actors = actors;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.incidents = incidents;
        this.assessor = assessor;
        this.recorder = recorder;
        this.stamps = stamps;
    }

    /** The board from what the incident's record knows (its category and latest metrics). */
    @Unguarded("records nothing: what the assessor proposes, for the board")
    public WarningAssessment assess(long incidentId) {
        return assess(incidentId, EventFacts.none());
    }

    /**
     * The assessor's proposal for the incident on {@code facts} (completed with its category and metrics), every
     * criterion of its plan version checked, the sensitive period in force and the opinions recorded. Records
     * nothing: {@link IncidentService#assess} records an assessment.
     */
    @Unguarded("records nothing: what the assessor proposes, for the board")
    public WarningAssessment assess(long incidentId, EventFacts facts) {
        Incident incident = incidents.detail(incidentId).incident();
        ContingencyPlan plan = incidents.planOf(incident);
        EventFacts complete = incidents.completeFacts(incidentId, facts);
        LevelProposal proposal = incidents.propose(incidentId, facts);
        List<CriterionCheck> checklist = new ArrayList<>();
        for (WarningLevel level : plan.levelsBySeverity()) {
            level.criteria().forEach(c -> checklist.add(new CriterionCheck(level.id(), c.id(), c.text(),
                    assessor.isMet(plan, c, complete))));
        }
        Optional<SensitivePeriod> period = plan.sensitivePeriods().stream()
                .filter(p -> p.covers(clock.instant().atZone(zone).toLocalDate()))
                .max(Comparator.comparingInt(SensitivePeriod::raise));
        List<ExpertOpinion> opinions = store.inTransaction(s -> s.warnings().opinions(incidentId));
        return new WarningAssessment(incidentId, proposal.level(), proposal.assessedLevel(), proposal.reasons(),
                checklist, period, opinions);
    }

    /** Records an expert's judgement on the incident (and on its timeline); {@code levelId} may be null. */
    public ExpertOpinion recordOpinion(long incidentId, String expert, String judgement, String levelId) {
        Access.require(actors, Permission.INCIDENT_ASSESS);
        return store.inTransaction(s -> recordOpinionChecked(incidentId, expert, judgement, levelId));
    }

    private ExpertOpinion recordOpinionChecked(long incidentId, String expert, String judgement, String levelId) {
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.expert", expert, WarningTextRules.MAX_NAME, problems);
        IncidentRules.requiredText("warning.judgement", judgement, WarningTextRules.MAX_JUDGEMENT, problems);
        WarningTextRules.refuseIfAny(problems);
        Incident incident = incidents.detail(incidentId).incident();
        String level = levelId == null || levelId.isBlank() ? null
                : WarningAuthorityQueries.level(incidents.planOf(incident), levelId).id();
        return store.inTransaction(s -> {
            Stamp stamp = stamps.get();
            long id = s.warnings().insertOpinion(incidentId, expert.strip(), judgement.strip(), level, stamp);
            recorder.record(s, incidentId, new TimelineFact.ExpertOpinionGiven(id, expert.strip(), level),
                    judgement.strip(), stamp);
            return s.warnings().opinions(incidentId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        });
    }
}
