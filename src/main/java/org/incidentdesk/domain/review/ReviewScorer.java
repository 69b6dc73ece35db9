package org.incidentdesk.domain.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.warning.WarningChangeKind;

/**
 * Scores an incident against its plan, from what the record holds: each deadline's outcome and delay, and the
 * times to the first report, the first public response, the warning and the calm. Pure: the caller reads the
 * deadlines, the acts done and the timeline, and names roles by the incident's plan version.
 */
public final class ReviewScorer {
    private ReviewScorer() {
    }

    /**
     * Scores {@code deadlines} as of {@code now} (what is still owed past due counts as missed, with its delay so
     * far); {@code roleName} names a role id by the plan.
     */
    public static DeadlineScore score(List<Deadline> deadlines, Instant now, UnaryOperator<String> roleName) {
        List<ScoredDeadline> rows = new ArrayList<>();
        List<ScoredDeadline> superseded = new ArrayList<>();
        for (Deadline d : deadlines) {
            ScoredDeadline row = score(d, now, roleName);
            (row.outcome() == DeadlineOutcome.SUPERSEDED ? superseded : rows).add(row);
        }
        Comparator<ScoredDeadline> byDue = Comparator.comparing(ScoredDeadline::dueAt)
                .thenComparingLong(ScoredDeadline::deadlineId);
        rows.sort(byDue);
        superseded.sort(byDue);
        return new DeadlineScore(rows, superseded);
    }

    static ScoredDeadline score(Deadline d, Instant now, UnaryOperator<String> roleName) {
        DeadlineOutcome outcome;
        Duration delay = null;
        switch (d.state()) {
            case MET -> {
                delay = Duration.between(d.dueAt(), d.metAt());
                outcome = d.metAt().isAfter(d.dueAt()) ? DeadlineOutcome.LATE : DeadlineOutcome.MET;
            }
            case MISSED -> outcome = DeadlineOutcome.MISSED;
            case SUPERSEDED -> outcome = DeadlineOutcome.SUPERSEDED;
            case OPEN, OVERDUE -> {
                boolean pastDue = now.isAfter(d.dueAt());
                outcome = pastDue ? DeadlineOutcome.MISSED : DeadlineOutcome.PENDING;
                delay = pastDue ? Duration.between(d.dueAt(), now) : null;
            }
            default -> throw new IllegalStateException(d.state().name());
        }
        String act = d.occurrence() > 1 ? d.actionText() + " #" + d.occurrence() : d.actionText();
        String owner = d.ownerRole() == null ? null : roleName.apply(d.ownerRole());
        return new ScoredDeadline(d.id(), d.ruleId(), d.occurrence(), d.action(), act, d.ownerRole(), owner,
                d.startedAt(), d.dueAt(), d.state() == org.incidentdesk.domain.escalation.DeadlineState.MET
                ? d.metAt() : null, outcome, delay, sectionOf(d));
    }

    /**
     * The plan section a deadline evidences, by its act: the first report is part of 先期处置, deciding the level
     * 研判 (a rule about the warning 预警), the public response 信息发布, the final report and the summary 善后,
     * and every other act (follow-up reports, forwarding, answering, acts named only in words) 处置.
     */
    public static PlanSection sectionOf(Deadline d) {
        return switch (d.action()) {
            case REPORT_FIRST -> PlanSection.INITIAL_RESPONSE;
            case ASSESS -> d.ruleId().toLowerCase(Locale.ROOT).contains("warn")
                    ? PlanSection.WARNING : PlanSection.ASSESSMENT;
            case RESPOND -> PlanSection.PUBLIC_INFORMATION;
            case REPORT_FINAL, REPORT_SUMMARY -> PlanSection.AFTERMATH;
            case REPORT_FOLLOW_UP, FORWARD, ANSWER, OTHER -> PlanSection.HANDLING;
        };
    }

    /**
     * The time-to figures: the event and discovery instants ({@code happenedAt} null: not known, counted from
     * discovery), the first report and first public response from the acts done, the first warning issued or
     * approved and the first move to 平息/终止 from the timeline (entries in any order; others are ignored).
     */
    public static TimeToFigures times(Instant happenedAt, Instant discoveredAt, List<DoneAction> done,
                                      List<TimelineEntry> timeline) {
        Map<Milestone, Instant> reached = new EnumMap<>(Milestone.class);
        for (DoneAction act : done) {
            if (act.kind() == DeadlineAction.REPORT_FIRST) {
                earliest(reached, Milestone.FIRST_REPORT, act.at());
            } else if (act.kind() == DeadlineAction.RESPOND) {
                earliest(reached, Milestone.FIRST_PUBLIC_RESPONSE, act.at());
            }
        }
        for (TimelineEntry entry : timeline) {
            switch (entry.fact()) {
                case TimelineFact.WarningStep step when step.change() == WarningChangeKind.ISSUED
                        || step.change() == WarningChangeKind.APPROVED ->
                        earliest(reached, Milestone.WARNING, entry.at());
                case TimelineFact.StatementReleased released ->
                        earliest(reached, Milestone.FIRST_PUBLIC_RESPONSE, entry.at());
                case TimelineFact.PhaseMoved move when move.to() == IncidentPhase.ENDED ->
                        earliest(reached, Milestone.CALM, entry.at());
                default -> {
                }
            }
        }
        Instant event = happenedAt != null ? happenedAt : discoveredAt;
        return new TimeToFigures(event, happenedAt != null, discoveredAt, reached);
    }

    private static void earliest(Map<Milestone, Instant> reached, Milestone milestone, Instant at) {
        reached.merge(milestone, at, (a, b) -> a.isBefore(b) ? a : b);
    }
}
