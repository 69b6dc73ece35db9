package org.incidentdesk.ui.warning;

import java.time.Clock;
import org.incidentdesk.ui.common.LevelColours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.event.WarningEvent;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.AppViewModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's warning state as the shell shows it on every workspace: the most severe active warning's level
 * and the sensitive period in force today. It lives as long as the window: it reloads on every warning or plan
 * event and at each midnight of the office's zone, where a sensitive period begins or ends.
 */
public final class OfficeWarningViewModel implements AppViewModels.AppViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeWarningViewModel.class);

    /** What the shell shows; {@code level} empty is 无预警, {@code period} empty no banner. */
    public record State(Optional<WarningLevel> level, int activeCount, Optional<SensitivePeriod> period) {
        static final State NONE = new State(Optional.empty(), 0, Optional.empty());
    }

    private final WarningService warnings;
    private final TaskRunner tasks;
    private final FxEvents events;
    private final FxAlarms alarms;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final List<Runnable> subscriptions = new ArrayList<>();
    private Runnable disarmMidnight = () -> { };

    public OfficeWarningViewModel(WarningService warnings, TaskRunner tasks, FxEvents events, FxAlarms alarms,
                                  Clock clock, ZoneId zone) {
        this.warnings = warnings;
        this.tasks = tasks;
        this.events = events;
        this.alarms = alarms;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void start() {
        subscriptions.add(events.subscribe(WarningEvent.class, e -> reload()));
        subscriptions.add(events.subscribe(PlanEvent.class, e -> reload()));
        atMidnight();
    }

    @Override
    public void stop() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        disarmMidnight.run();
        disarmMidnight = () -> { };
    }

    /** Reloads now and wakes again at the next midnight, where a sensitive period may begin or end. */
    private void atMidnight() {
        reload();
        Instant next = LocalDate.ofInstant(clock.instant(), zone).plusDays(1).atStartOfDay(zone).toInstant();
        disarmMidnight = alarms.at("warnings: office level at midnight", next, this::atMidnight);
    }

    public void reload() {
        tasks.refresh("office-warning", () -> new State(warnings.overallLevel(), warnings.active().size(),
                warnings.sensitivePeriodNow()), state::set,
                failure -> LOG.warn("the office's warning level could not be read", failure));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "当前预警：II 级 橙色" (with "等 2 项" when several are active) or "无预警". */
    public String badgeText(Messages messages) {
        State now = state.get();
        return now.level().map(level -> messages.get(now.activeCount() > 1 ? "warningui.overall.several"
                : "warningui.overall", WarningTexts.level(messages, level), now.activeCount()))
                .orElseGet(() -> messages.get("warningui.overall.none"));
    }

    /** "敏感时期：全国两会期间（3月3日–3月15日），研判等级上调一级", empty without a period in force. */
    public String bannerText(Messages messages) {
        return state.get().period().map(p -> messages.get("warningui.period.banner", p.name(),
                WarningTexts.days(messages, p.dates()), WarningTexts.steps(messages, p.raise()))).orElse("");
    }

    /** The badge's colour: the overall level's, or none (the header's own) without a warning. */
    public Optional<String> badgeColour() {
        return state.get().level().map(LevelColours::background);
    }
}
