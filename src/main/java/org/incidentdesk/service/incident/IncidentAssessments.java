package org.incidentdesk.service.incident;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.AssessmentDecision;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The one assessment (研判) of an incident: the plan's criteria as a checklist a person ticks, the assessor's
 * proposal on those ticks and the record, and the person's decision (confirm, or override with a reason). An
 * incident has at most one undecided assessment: re-running it replaces that one, so every click does not add a
 * record; a decided assessment stays as history and the next assessment is a new one. Deciding sets the level and,
 * for an incident still in 接报, moves it to 研判 in the same transaction (the phase follows the acts).
 */
final class IncidentAssessments {
    /** Assessment reasons are written into the record in the office's document language. */
    private static final Messages RECORD_TEXTS = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final int MAX_REASON = 2000;

    private final IncidentChanges changes;
    private final LevelAssessor assessor;
    private final ZoneId zone;
    private final java.util.function.Function<Incident, ContingencyPlan> planOf;

    IncidentAssessments(IncidentChanges changes, LevelAssessor assessor, ZoneId zone,
                        java.util.function.Function<Incident, ContingencyPlan> planOf) {
        this.changes = changes;
        this.assessor = assessor;
        this.zone = zone;
        this.planOf = planOf;
    }

    /** Records the assessment on the facts the ticked criteria state (replacing the undecided one, if any). */
    Assessment assess(long incidentId, Collection<String> established) {
        Access.require(changes.actors(), Permission.INCIDENT_ASSESS);
        Incident incident = changes.read(s -> IncidentChanges.load(s, incidentId));
        List<String> ticked = ticked(planOf.apply(incident), established);
        return record(incidentId, facts(planOf.apply(incident), ticked), ticked);
    }

    /** As {@link #assess(long, Collection)} on facts given directly (the command line, drills). */
    Assessment assess(long incidentId, EventFacts facts) {
        Access.require(changes.actors(), Permission.INCIDENT_ASSESS);
        return record(incidentId, facts, List.of());
    }

    private Assessment record(long incidentId, EventFacts facts, List<String> ticked) {
        LevelProposal proposal = propose(incidentId, facts);
        List<String> reasons = proposal.reasons().stream().map(r -> r.describe(RECORD_TEXTS)).toList();
        LevelMark proposed = proposal.level().map(LevelMark::of).orElse(null);
        return changes.change(incidentId, (s, current, stamp) -> {
            long id = upsert(s, incidentId, proposed, reasons, ticked, stamp);
            TimelineFact fact = new TimelineFact.LevelProposed(id, proposed == null ? null : proposed.id(),
                    proposed == null ? null : proposed.label());
            return new IncidentChanges.Outcome<>(s.assessments().find(id).orElseThrow(), fact, null);
        });
    }

    private static long upsert(StoreSession s, long incidentId, LevelMark proposed, List<String> reasons,
                               List<String> ticked, Stamp stamp) {
        Optional<Assessment> open = s.assessments().forIncident(incidentId).reversed().stream()
                .filter(a -> !a.isDecided()).findFirst();
        if (open.isPresent()) {
            s.assessments().replaceProposal(open.get().id(), proposed, reasons, ticked, stamp);
            return open.get().id();
        }
        return s.assessments().insertProposal(incidentId, proposed, reasons, ticked, stamp);
    }

    LevelProposal propose(long incidentId, EventFacts facts) {
        Incident incident = changes.read(s -> IncidentChanges.load(s, incidentId));
        return assessor.assess(planOf.apply(incident), completeFacts(incidentId, facts),
                changes.clock().instant().atZone(zone).toLocalDate());
    }

    /** The proposal on the ticked criteria, recording nothing: what the checklist shows while a person ticks. */
    LevelProposal propose(long incidentId, Collection<String> established) {
        Incident incident = changes.read(s -> IncidentChanges.load(s, incidentId));
        ContingencyPlan plan = planOf.apply(incident);
        return propose(incidentId, facts(plan, ticked(plan, established)));
    }

    EventFacts completeFacts(long incidentId, EventFacts facts) {
        Incident incident = changes.read(s -> IncidentChanges.load(s, incidentId));
        List<MetricPoint> points = changes.read(s -> s.metrics().forIncident(incidentId));
        EventFacts result = facts.category() == null ? facts.withCategory(incident.categoryId()) : facts;
        for (MetricPoint p : points.reversed()) {
            result = fill(result, Metric.ATTENTION, p.reads());
            result = fill(result, Metric.COMMENTERS, p.comments());
            result = fill(result, Metric.HEAT_INDEX, p.heatIndex());
        }
        return result;
    }

    private static EventFacts fill(EventFacts facts, Metric metric, Long value) {
        return value == null || facts.metrics().containsKey(metric) ? facts : facts.withMetric(metric, value);
    }

    /** The ticked ids that name a criterion a person may establish, in the plan's order; others are refused. */
    static List<String> ticked(ContingencyPlan plan, Collection<String> established) {
        List<String> known = plan.criteria().filter(IncidentAssessments::establishable).map(LevelCriterion::id)
                .toList();
        for (String id : established) {
            if (!known.contains(id)) {
                throw IncidentService.refused("assessment.criterion", "incident.unknownCriterion", id);
            }
        }
        return known.stream().filter(established::contains).toList();
    }

    /** A criterion a person establishes (an occurrence or an observation); one measured by a metric is not. */
    static boolean establishable(LevelCriterion criterion) {
        return !(criterion instanceof MetricCriterion);
    }

    /** The facts the ticked criteria state; where two name one occurrence, the more severe severity holds. */
    static EventFacts facts(ContingencyPlan plan, Collection<String> ticked) {
        EventFacts facts = EventFacts.none();
        for (LevelCriterion criterion : plan.criteria().filter(c -> ticked.contains(c.id())).toList()) {
            if (criterion instanceof OccurrenceCriterion occurrence) {
                String known = facts.occurrences().get(occurrence.occurrence());
                if (known == null || rank(plan, occurrence.minSeverity()) < rank(plan, known)) {
                    facts = facts.with(occurrence.occurrence(), occurrence.minSeverity());
                }
            } else if (criterion instanceof ObservedCriterion observed) {
                facts = facts.withObserved(observed.id());
            }
        }
        return facts;
    }

    private static int rank(ContingencyPlan plan, String levelId) {
        return plan.level(levelId).map(WarningLevel::rank).orElse(Integer.MAX_VALUE);
    }

    LevelMark confirm(long assessmentId) {
        Access.require(changes.actors(), Permission.INCIDENT_ASSESS);
        Assessment assessment = pending(assessmentId);
        if (!assessment.proposesLevel()) {
            throw IncidentService.refused("assessment", "incident.nothingToConfirm");
        }
        return decide(assessment, AssessmentDecision.CONFIRMED, assessment.proposed(), null);
    }

    LevelMark override(long assessmentId, String levelId, String reason) {
        Access.require(changes.actors(), Permission.INCIDENT_ASSESS);
        Assessment assessment = pending(assessmentId);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("assessment.reason", reason, MAX_REASON, problems);
        if (!problems.isEmpty()) {
            throw new org.incidentdesk.domain.common.ValidationException(problems);
        }
        Incident incident = changes.read(s -> IncidentChanges.load(s, assessment.incidentId()));
        LevelMark level = planOf.apply(incident).level(levelId).map(LevelMark::of)
                .orElseThrow(() -> IncidentService.refused("assessment.level", "incident.unknownLevel",
                        String.valueOf(levelId)));
        return decide(assessment, AssessmentDecision.OVERRIDDEN, level, reason.strip());
    }

    private Assessment pending(long assessmentId) {
        Assessment assessment = changes.read(s -> s.assessments().find(assessmentId)).orElseThrow(
                () -> IncidentService.refused("assessment", "incident.unknownAssessment", String.valueOf(assessmentId)));
        if (assessment.isDecided()) {
            throw IncidentService.refused("assessment", "incident.assessmentDecided", String.valueOf(assessmentId));
        }
        return assessment;
    }

    private LevelMark decide(Assessment assessment, AssessmentDecision decision, LevelMark level, String reason) {
        return changes.change(assessment.incidentId(), (s, incident, stamp) -> {
            s.assessments().decide(assessment.id(), decision, level, reason, stamp);
            s.incidents().updateLevel(incident, level, stamp);
            if (incident.phase() == IncidentPhase.RECEIVED) {
                // the assessment is the act of 研判: the incident is in that phase once a level is decided
                Lifecycle.check(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING, true);
                s.incidents().updatePhase(IncidentChanges.load(s, incident.id()), IncidentPhase.ASSESSING, stamp);
                changes.recorder().record(s, incident.id(),
                        new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING), null, stamp);
            }
            TimelineFact fact = new TimelineFact.LevelDecided(assessment.id(), level.id(), level.label(),
                    decision == AssessmentDecision.OVERRIDDEN);
            return new IncidentChanges.Outcome<>(level, fact, reason);
        });
    }
}
