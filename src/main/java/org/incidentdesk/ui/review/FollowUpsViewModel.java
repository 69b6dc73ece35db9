package org.incidentdesk.ui.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.ReviewDue;
import org.incidentdesk.domain.review.ReviewDueState;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.review.ReviewWrittenServices;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * What the reviews still owe, across incidents: the unfinished improvement actions oldest first with their count
 * over time (is the backlog growing?), and the reviews coming due or overdue by the plan's time for them.
 */
public final class FollowUpsViewModel {
    /** The due states a review still owes something in, most urgent first. */
    private static final Set<ReviewDueState> UNFINISHED =
            EnumSet.of(ReviewDueState.OVERDUE, ReviewDueState.COMING_DUE, ReviewDueState.PENDING);

    /** An open action with the incident it came from. */
    public record BacklogRow(ImprovementAction action, String incident) {
    }

    /** An unfinished review: its incident (number and title) and where it stands against its due date. */
    public record DueRow(long incidentId, String incident, ReviewDue due) {
    }

    private final ReviewWrittenServices written;
    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final ReviewTexts texts;
    private final Clock clock;

    private final ObservableList<BacklogRow> backlog = FXCollections.observableArrayList();
    private final ObservableList<DueRow> due = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BacklogTrend> trend = new ReadOnlyObjectWrapper<>();
    private final Map<Long, ReviewDueState> dueStates = new HashMap<>();

    public FollowUpsViewModel(ReviewWrittenServices written, IncidentService incidents, TaskRunner tasks,
                              Failures failures, ReviewTexts texts, Clock clock) {
        this.written = written;
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.texts = texts;
        this.clock = clock;
    }

    private record Loaded(List<BacklogRow> backlog, List<DueRow> due, Map<Long, ReviewDueState> states,
                          BacklogTrend trend) {
    }

    public void reload() {
        tasks.refresh("review-follow-ups", this::load, this::show,
                failure -> failures.show("reviewui.title", failure));
    }

    private Loaded load() {
        Map<Long, Incident> byId = new HashMap<>();
        incidents.list().forEach(i -> byId.put(i.id(), i));
        Map<Long, ReviewDue> states = written.due().dueStates();
        List<ImprovementAction> all = new ArrayList<>();
        // every action, closed ones too, so the count over time is right for past periods
        for (Long incidentId : states.keySet()) {
            all.addAll(written.actions().actions(incidentId));
        }
        List<BacklogRow> open = written.actions().backlog().stream()
                .map(a -> new BacklogRow(a, name(byId.get(a.incidentId())))).toList();
        List<DueRow> dueRows = states.values().stream().filter(d -> UNFINISHED.contains(d.state()))
                .sorted(Comparator.comparing((ReviewDue d) -> d.state().ordinal()).reversed()
                        .thenComparing(ReviewDue::dueAt))
                .map(d -> new DueRow(d.incidentId(), name(byId.get(d.incidentId())), d)).toList();
        Map<Long, ReviewDueState> stateById = new HashMap<>();
        states.forEach((id, d) -> stateById.put(id, d.state()));
        return new Loaded(open, dueRows, stateById, BacklogTrend.of(all, TrendStep.WEEK, clock.instant(), texts.zone()));
    }

    private static String name(Incident incident) {
        return incident == null ? "—" : incident.number() + "  " + incident.title();
    }

    private void show(Loaded loaded) {
        backlog.setAll(loaded.backlog());
        due.setAll(loaded.due());
        dueStates.clear();
        dueStates.putAll(loaded.states());
        trend.set(loaded.trend());
    }

    /** Where the review of {@code incidentId} stands against its due date (null: not known yet). */
    public ReviewDueState dueState(long incidentId) {
        return dueStates.get(incidentId);
    }

    public ObservableList<BacklogRow> backlog() {
        return backlog;
    }

    public ObservableList<DueRow> due() {
        return due;
    }

    public ReadOnlyObjectProperty<BacklogTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public ReviewTexts texts() {
        return texts;
    }
}
