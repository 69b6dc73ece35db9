package org.incidentdesk.ui.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.TrendStep;

/**
 * The follow-up backlog over time: at the end of each period from the first action's to the one holding
 * {@code now}, how many improvement actions were open (added before that moment and not closed before it). The
 * last point counts as of {@code now}, so it matches the backlog list.
 */
record BacklogTrend(List<Point> points) {
    /** One period: its first day and the actions open at its end (or now, for the current period). */
    record Point(LocalDate start, int open) {
    }

    static BacklogTrend of(List<ImprovementAction> actions, TrendStep step, Instant now, ZoneId zone) {
        List<Point> points = new ArrayList<>();
        Instant first = actions.stream().map(ImprovementAction::createdAt).min(Instant::compareTo).orElse(null);
        if (first == null) {
            return new BacklogTrend(points);
        }
        LocalDate last = step.start(LocalDate.ofInstant(now, zone));
        for (LocalDate d = step.start(LocalDate.ofInstant(first, zone)); !d.isAfter(last); d = step.next(d)) {
            Instant end = d.equals(last) ? now : step.next(d).atStartOfDay(zone).toInstant();
            int open = 0;
            for (ImprovementAction a : actions) {
                boolean added = !a.createdAt().isAfter(end);
                boolean closed = a.doneAt() != null && !a.doneAt().isAfter(end);
                if (added && !closed) {
                    open++;
                }
            }
            points.add(new Point(d, open));
        }
        return new BacklogTrend(List.copyOf(points));
    }
}
