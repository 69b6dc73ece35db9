package org.incidentdesk.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Timing;

/**
 * Compares the deadlines an incident has with those its plan version requires now (its level, category and
 * times) and says what must change. It is idempotent: run on the result, it finds nothing to do. History is
 * kept: a deadline no longer required is closed, never deleted, and a rule that applies again gets a new
 * occurrence.
 */
public final class DeadlinePlanner {
    public static final String REASON_LEVEL = "level";
    public static final String REASON_ENDED = "ended";

    private final ZoneId zone;

    public DeadlinePlanner(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The changes that bring {@code existing} in line with {@code rules}; a 立即 rule falls due
     * {@code immediately} after its start, or after the office took the report when that came later (the office
     * cannot act on what it does not know yet).
     */
    public List<DeadlineChange> plan(List<DeadlineRule> rules, Duration immediately, String levelId,
                                     String categoryId, IncidentTimes times, List<Deadline> existing,
                                     List<DoneAction> done, Instant now) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (DeadlineRule rule : rules) {
            List<Deadline> mine = existing.stream().filter(d -> d.ruleId().equals(rule.id()))
                    .sorted(Comparator.comparingInt(Deadline::occurrence)).toList();
            Optional<Deadline> current = mine.stream().filter(d -> d.state().isOpen()).findFirst();
            Optional<Instant> start = times.of(rule.from());
            if (!rule.appliesTo(levelId, categoryId)) {
                current.ifPresent(d -> changes.add(close(d, now, REASON_LEVEL)));
            } else if (times.ended() && !countsFromEnd(rule, times)) {
                current.ifPresent(d -> changes.add(close(d, now, REASON_ENDED)));
            } else if (start.isPresent()) {
                planApplying(rule, start.get(), firstDue(rule, start.get(), times, immediately), mine, current, done,
                        changes);
            }
        }
        return changes;
    }

    /** A rule that counts from the end (终报, 总结) is what an ended incident still owes. */
    private static boolean countsFromEnd(DeadlineRule rule, IncidentTimes times) {
        return times.of(rule.from()).filter(start -> start.equals(times.endedAt())).isPresent()
                && rule.timing() != Timing.REPEATING;
    }

    private Instant firstDue(DeadlineRule rule, Instant start, IncidentTimes times, Duration immediately) {
        if (rule.timing() != Timing.IMMEDIATELY) {
            return rule.firstDue(start, zone);
        }
        Instant known = times.receivedAt() != null && times.receivedAt().isAfter(start) ? times.receivedAt() : start;
        return known.plus(immediately);
    }

    private static void planApplying(DeadlineRule rule, Instant start, Instant firstDue, List<Deadline> mine,
                                     Optional<Deadline> current, List<DoneAction> done,
                                     List<DeadlineChange> changes) {
        if (current.isPresent()) {
            Deadline open = current.get();
            if (open.occurrence() == 1 && open.state() == DeadlineState.OPEN
                    && (!open.startedAt().equals(start) || !open.dueAt().equals(firstDue))) {
                changes.add(new DeadlineChange.Retime(open, start, firstDue));
            }
            return;
        }
        Optional<Deadline> last = mine.stream().filter(d -> d.state() != DeadlineState.SUPERSEDED)
                .reduce((a, b) -> b);
        int occurrence = mine.isEmpty() ? 1 : mine.getLast().occurrence() + 1;
        if (last.isEmpty()) {
            changes.add(new DeadlineChange.Create(rule, occurrence, start, firstDue,
                    doneSince(rule, start, false, done)));
        } else if (rule.timing() == Timing.REPEATING && last.get().state() == DeadlineState.MET) {
            Instant from = last.get().metAt();
            changes.add(new DeadlineChange.Create(rule, occurrence, from, from.plus(rule.duration()),
                    doneSince(rule, from, true, done)));
        }
    }

    /** The first act of the rule's kind at or after {@code start} (strictly after, for a next report). */
    private static DoneAction doneSince(DeadlineRule rule, Instant start, boolean strictly, List<DoneAction> done) {
        DeadlineAction kind = DeadlineAction.of(rule);
        if (kind == DeadlineAction.OTHER) {
            return null;
        }
        return done.stream().filter(a -> a.kind() == kind)
                .filter(a -> strictly ? a.at().isAfter(start) : !a.at().isBefore(start))
                .min(Comparator.comparing(DoneAction::at)).orElse(null);
    }

    private static DeadlineChange close(Deadline deadline, Instant now, String reason) {
        DeadlineState state = deadline.dueAt().isAfter(now) ? DeadlineState.SUPERSEDED : DeadlineState.MISSED;
        return new DeadlineChange.Close(deadline, state, reason);
    }
}
