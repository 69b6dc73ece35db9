package org.incidentdesk.domain.incident;

import static org.incidentdesk.domain.incident.IncidentPhase.AFTERMATH;
import static org.incidentdesk.domain.incident.IncidentPhase.ARCHIVED;
import static org.incidentdesk.domain.incident.IncidentPhase.ASSESSING;
import static org.incidentdesk.domain.incident.IncidentPhase.ENDED;
import static org.incidentdesk.domain.incident.IncidentPhase.HANDLING;
import static org.incidentdesk.domain.incident.IncidentPhase.RECEIVED;
import static org.incidentdesk.domain.incident.IncidentPhase.RESPONSE;
import static org.incidentdesk.domain.incident.IncidentPhase.REVIEW;
import static org.incidentdesk.domain.incident.IncidentPhase.TRACKING;
import static org.incidentdesk.domain.incident.IncidentPhase.WARNING;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;

/**
 * The legal moves between phases. A move is an explicit action; anything else is refused with a reason that
 * names both phases. A response (or warning) needs a decided level first, since the plan's measures depend
 * on it; an event that turns out to be nothing may be ended straight from assessment.
 */
public final class Lifecycle {
    private static final Map<IncidentPhase, Set<IncidentPhase>> NEXT = new EnumMap<>(IncidentPhase.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(ASSESSING));
        NEXT.put(ASSESSING, EnumSet.of(WARNING, RESPONSE, ENDED));
        NEXT.put(WARNING, EnumSet.of(RESPONSE, ENDED));
        NEXT.put(RESPONSE, EnumSet.of(HANDLING));
        NEXT.put(HANDLING, EnumSet.of(TRACKING, ENDED));
        NEXT.put(TRACKING, EnumSet.of(HANDLING, ENDED));
        NEXT.put(ENDED, EnumSet.of(AFTERMATH, REVIEW));
        NEXT.put(AFTERMATH, EnumSet.of(REVIEW));
        NEXT.put(REVIEW, EnumSet.of(ARCHIVED));
        NEXT.put(ARCHIVED, EnumSet.noneOf(IncidentPhase.class));
    }

    private Lifecycle() {
    }

    /** The phases an incident in {@code from} may move to, in phase order. */
    public static List<IncidentPhase> next(IncidentPhase from) {
        return List.copyOf(NEXT.get(from));
    }

    /** The phases legal from {@code from} for an incident whose level is or is not decided yet. */
    public static List<IncidentPhase> allowed(IncidentPhase from, boolean levelDecided) {
        return next(from).stream().filter(to -> levelDecided || !needsLevel(to)).toList();
    }

    /**
     * The shortest way of legal moves from {@code from} to the first phase {@code target} accepts, each phase
     * once, in order (empty when {@code from} is such a phase already or none can be reached).
     */
    public static List<IncidentPhase> pathTo(IncidentPhase from, Predicate<IncidentPhase> target,
                                             boolean levelDecided) {
        Map<IncidentPhase, IncidentPhase> cameFrom = new EnumMap<>(IncidentPhase.class);
        Deque<IncidentPhase> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            IncidentPhase at = queue.poll();
            if (target.test(at)) {
                List<IncidentPhase> path = new ArrayList<>();
                for (IncidentPhase p = at; p != from; p = cameFrom.get(p)) {
                    path.addFirst(p);
                }
                return path;
            }
            for (IncidentPhase next : allowed(at, levelDecided)) {
                if (next != from && cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    /** Refuses an illegal move with {@code incident.illegalTransition} (from, to) or {@code incident.levelFirst}. */
    public static void check(IncidentPhase from, IncidentPhase to, boolean levelDecided) {
        if (!NEXT.get(from).contains(to)) {
            throw new ValidationException(List.of(Violation.of("incidentPhase", "incident.illegalTransition",
                    from, to)));
        }
        if (needsLevel(to) && !levelDecided) {
            throw new ValidationException(List.of(Violation.of("incidentPhase", "incident.levelFirst",
                    from, to)));
        }
    }

    private static boolean needsLevel(IncidentPhase to) {
        return to == WARNING || to == RESPONSE;
    }
}
