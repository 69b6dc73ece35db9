package org.incidentdesk.ui.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.event.AlertDeliveryFailed;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.domain.event.FollowUpEvent;
import org.incidentdesk.service.escalation.AlertListService;
import org.incidentdesk.service.escalation.CallListService;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.incidentdesk.service.escalation.NotificationDispatcher;
import org.incidentdesk.service.escalation.RaisedAlert;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.MinuteClock;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.AppViewModels;

/**
 * The alert list every workspace shows (app-lifetime): each raised alert still owed, read from the database
 * and read again after every deadline event; the mail and SMS sends that failed, with a retry; the number
 * not yet acknowledged (the header's badge). Acknowledging stops an alert's escalation, 已完成 meets its
 * deadline; both run on the write lane. A new reminder, overdue alert or escalation is handed to the listeners
 * (the notification popup, the sound, the window's attention) once the list holds it.
 */
public final class AlertsViewModel implements AppViewModels.AppViewModel {
    private static final Set<DeadlineEventKind> RAISED = EnumSet.of(DeadlineEventKind.REMINDED,
            DeadlineEventKind.OVERDUE, DeadlineEventKind.ESCALATED);

    private final AlertListService alertList;
    private final DeadlineService deadlines;
    private final CallListService calls;
    private final NotificationDispatcher dispatcher;
    private final TaskRunner tasks;
    private final FxEvents events;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<RaisedAlert> alerts = FXCollections.observableArrayList();
    private final ObservableList<DeliveryFailure> failures = FXCollections.observableArrayList();
    private final ObservableList<FollowUpAlert> followUps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper unacknowledged = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty soundOn = new SimpleBooleanProperty(true);
    private final List<Consumer<RaisedAlert>> newAlertListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final List<DeadlineChanged> waitingForList = new ArrayList<>();
    private final MinuteClock minutes;
    private Messages messages = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
    private DialogService dialogs;
    private LongConsumer incidentOpener = id -> { };
    private LongConsumer reviewOpener;

    /** The deadlines' alerts and the follow-ups' (improvement actions, reviews due), read together. */
    private record Current(List<RaisedAlert> deadlines, List<FollowUpAlert> followUps) {
    }

    public AlertsViewModel(AlertListService alertList, DeadlineService deadlines, CallListService calls,
                           NotificationDispatcher dispatcher, TaskRunner tasks, FxEvents events, FxAlarms alarms,
                           Clock clock, ZoneId zone) {
        this.alertList = alertList;
        this.deadlines = deadlines;
        this.calls = calls;
        this.dispatcher = dispatcher;
        this.tasks = tasks;
        this.events = events;
        this.minutes = new MinuteClock(clock, alarms, "alerts: lateness at the next minute");
        this.clock = clock;
        this.zone = zone;
    }

    /** The window's language and dialogs, given again after each language switch. */
    public void useDialogs(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** What "open the incident" does: the composition root shows it on the board. */
    public void openIncidentsWith(LongConsumer opener) {
        this.incidentOpener = opener;
    }

    /** What "open" does on a follow-up's alert (the review of its incident); until set, the incident opens. */
    public void openReviewsWith(LongConsumer opener) {
        this.reviewOpener = opener;
    }

    /** Called on the UI thread with each new alert once the list shows it. */
    public void addNewAlertListener(Consumer<RaisedAlert> listener) {
        newAlertListeners.add(listener);
    }

    @Override
    public void start() {
        subscriptions.add(events.subscribe(DeadlineChanged.class, this::deadlineChanged));
        subscriptions.add(events.subscribe(AlertDeliveryFailed.class, this::deliveryFailed));
        subscriptions.add(events.subscribe(FollowUpEvent.class, e -> reload()));
        reload();
        minutes.start();
    }

    @Override
    public void stop() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        minutes.stop();
    }

    private void deadlineChanged(DeadlineChanged change) {
        if (RAISED.contains(change.kind())) {
            waitingForList.add(change);
        }
        reload();
    }

    private void deliveryFailed(AlertDeliveryFailed failed) {
        String number = alerts.stream().filter(a -> a.deadlineId() == failed.deadlineId()).findFirst()
                .map(RaisedAlert::incidentNumber).orElse(null);
        DeliveryFailure failure = DeliveryFailure.of(failed, number);
        failures.removeIf(failure::sameSend);
        failures.add(failure);
    }

    /** Reads the list again in the background (latest wins). */
    public void reload() {
        tasks.refresh("alerts", () -> new Current(alertList.current(), alertList.followUps()), this::apply,
                this::showFailure);
    }

    private void apply(Current read) {
        List<RaisedAlert> current = read.deadlines();
        followUps.setAll(read.followUps());
        alerts.setAll(current);
        unacknowledged.set((int) current.stream().filter(a -> !a.acknowledged()).count());
        minutes.refresh();
        List<DeadlineChanged> raised = List.copyOf(waitingForList);
        waitingForList.clear();
        for (DeadlineChanged change : raised) {
            current.stream().filter(a -> a.deadlineId() == change.deadlineId()).findFirst()
                    .ifPresent(alert -> newAlertListeners.forEach(l -> l.accept(alert)));
        }
    }

    /** Stops the alert's escalation; the deadline stays owed. */
    public void acknowledge(RaisedAlert alert) {
        tasks.write(() -> deadlines.acknowledgeDeadline(alert.deadlineId()), done -> reload(), this::showFailure);
    }

    /** After asking: the act is done, which meets the deadline. */
    public void complete(RaisedAlert alert) {
        if (dialogs != null && !dialogs.confirm(messages.get("alerts.complete.title"),
                messages.get("alerts.complete.question", alert.incidentNumber(), alert.rule(), alert.actionText()),
                messages.get("alerts.complete"))) {
            return;
        }
        tasks.write(() -> deadlines.complete(alert.deadlineId()), done -> reload(), this::showFailure);
    }

    public void openIncident(RaisedAlert alert) {
        incidentOpener.accept(alert.incidentId());
    }

    public void openReview(FollowUpAlert alert) {
        (reviewOpener == null ? incidentOpener : reviewOpener).accept(alert.incidentId());
    }

    /** Tries the failed send again now; it leaves the list once a try has gone through. */
    public void retry(DeliveryFailure failure) {
        tasks.write(() -> dispatcher.retryNow(failure.deadlineId(), failure.channel()), waiting -> {
            failures.remove(failure);
        }, this::showFailure);
    }

    /** The call list of the alert's deadline, to load and log calls from. */
    public CallListViewModel callList(RaisedAlert alert) {
        return new CallListViewModel(calls, tasks, dialogs, messages, zone, alert.deadlineId());
    }

    private void showFailure(Throwable failure) {
        if (dialogs != null) {
            new Failures(messages, dialogs, "alerts.stale").show("alerts.title", failure);
        }
    }

    // ---- what the view shows

    /** "提醒" / "超时" / "督办上报". */
    public String kindText(RaisedAlert alert) {
        return messages.name(alert.kind());
    }

    /** The second line: the act, whose it is, when due and how late, whom it went up to, who acknowledged it. */
    public String detailText(RaisedAlert alert) {
        StringBuilder text = new StringBuilder(messages.get("alerts.due", alert.rule(), alert.ownerRole(),
                AlertTimes.time(alert.dueAt(), zone)));
        Instant at = minutes.now();
        if (alert.kind() != DeadlineEventKind.REMINDED) {
            Duration late = alert.lateBy(at).truncatedTo(ChronoUnit.MINUTES);
            text.append(late.isZero() ? messages.get("alerts.lateJust")
                    : messages.get("alerts.late", DurationText.format(late, messages)));
        }
        if (alert.escalatedTo() != null) {
            text.append(messages.get("alerts.escalatedTo", alert.escalations(), alert.escalatedTo()));
            if (alert.topRemindedEvery() != null) {
                text.append(messages.get("alerts.atTop", DurationText.format(alert.topRemindedEvery(), messages)));
            }
        }
        if (alert.acknowledged()) {
            text.append(messages.get("alerts.acknowledgedBy", alert.acknowledgedBy(),
                    AlertTimes.time(alert.acknowledgedAt(), zone)));
        }
        return text.toString();
    }

    /** "整改即将到期" / "整改已超期" / "总结评估即将到期" / "总结评估已超期". */
    public String followUpKindText(FollowUpAlert alert) {
        return messages.get("followups." + alert.kind().name().toLowerCase(java.util.Locale.ROOT) + "."
                + alert.stage().name());
    }

    /** What is due: the action's words, or that the review must be finished. */
    public String followUpSubject(FollowUpAlert alert) {
        return alert.subject() != null ? alert.subject() : messages.get("followups.review.subject");
    }

    /** Owner, due and how late, and whom the reminder is for. */
    public String followUpDetail(FollowUpAlert alert) {
        // an action is due by the end of a day, which reads as that day; a review at the instant it falls due
        String due = alert.kind() == org.incidentdesk.domain.review.FollowUpKind.ACTION
                ? AlertTimes.day(alert.dueAt(), zone) : AlertTimes.time(alert.dueAt(), zone);
        StringBuilder text = new StringBuilder(alert.owner() == null ? messages.get("followups.reviewDue", due)
                : messages.get("followups.due", alert.owner(), due));
        Duration late = Duration.between(alert.dueAt(), minutes.now()).truncatedTo(ChronoUnit.MINUTES);
        if (alert.stage() == org.incidentdesk.domain.review.FollowUpStage.OVERDUE && !late.isNegative()) {
            text.append(late.isZero() ? messages.get("alerts.lateJust")
                    : messages.get("alerts.late", DurationText.format(late, messages)));
        }
        if (alert.kind() == org.incidentdesk.domain.review.FollowUpKind.ACTION) {
            text.append(alert.liaisons().isEmpty() ? messages.get("followups.noLiaison")
                    : messages.get("followups.liaisons", String.join("、", alert.liaisons())));
        }
        return text.toString();
    }

    public String failureText(DeliveryFailure failure) {
        String retry = failure.retryAt() == null ? messages.get("alerts.failure.gaveUp")
                : messages.get("alerts.failure.retryAt", AlertTimes.time(failure.retryAt(), zone));
        return messages.get("alerts.failure", failure.incidentNumber() == null ? "—" : failure.incidentNumber(),
                failure.channel(), failure.attempts(), failure.reason(), retry);
    }

    public ObservableList<RaisedAlert> alerts() {
        return alerts;
    }

    /** The follow-ups coming due or overdue, overdue first. */
    public ObservableList<FollowUpAlert> followUps() {
        return followUps;
    }

    public ObservableList<DeliveryFailure> failures() {
        return failures;
    }

    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return minutes.property();
    }

    /** Whether a new alert sounds a tone (a workstation preference). */
    public BooleanProperty soundOnProperty() {
        return soundOn;
    }
}
