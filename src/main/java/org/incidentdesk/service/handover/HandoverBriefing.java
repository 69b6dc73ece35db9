package org.incidentdesk.service.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.warning.WarningService;

/**
 * What a shift hands over (交接班), gathered from the record rather than typed from memory: the incidents still
 * open, the warnings in force and the units that have not confirmed receiving them, the deadlines past due, the
 * tasks due within the next shift, and the successor as the duty roster names them (the person of the next shift
 * to start); with every name of the roster, from which the successor picks theirs to confirm.
 */
public final class HandoverBriefing {
    /** How far ahead a task counts as due in the next shift. */
    static final Duration NEXT_SHIFT = Duration.ofHours(12);
    private static final Set<IncidentPhase> CLOSED = EnumSet.of(IncidentPhase.ENDED, IncidentPhase.AFTERMATH,
            IncidentPhase.REVIEW, IncidentPhase.ARCHIVED);

    /** A deadline past due, with the number of its incident. */
    public record Overdue(String incidentNumber, Deadline deadline) {
    }

    /** A task due within the next shift (or already late), with the number of its incident. */
    public record TaskDue(String incidentNumber, HandlingTask task) {
    }

    /** A unit told to prepare for a warning that has not confirmed receipt. */
    public record Unconfirmed(String warningNumber, UnitNotice notice) {
    }

    public record Briefing(Instant at, List<Incident> open, List<Warning> inForce, List<Overdue> overdue,
                           List<TaskDue> tasksDue, List<Unconfirmed> unconfirmed, Optional<String> successor,
                           List<String> people) {
    }

    private final IncidentService incidents;
    private final WarningService warnings;
    private final DeadlineService deadlines;
    private final RosterService roster;
    private final Clock clock;

    public HandoverBriefing(IncidentService incidents, WarningService warnings, DeadlineService deadlines,
                            RosterService roster, Clock clock) {
        this.incidents = incidents;
        this.warnings = warnings;
        this.deadlines = deadlines;
        this.roster = roster;
        this.clock = clock;
    }

    public Briefing gather() {
        Instant now = clock.instant();
        List<Incident> open = incidents.list().stream().filter(i -> !CLOSED.contains(i.phase()))
                .sorted(Comparator.comparing((Incident i) -> i.number().toString())).toList();
        List<Overdue> overdue = new ArrayList<>();
        List<TaskDue> tasksDue = new ArrayList<>();
        for (Incident incident : open) {
            String number = incident.number().toString();
            deadlines.deadlines(incident.id()).stream().filter(d -> d.state().isOpen() && d.dueAt().isBefore(now))
                    .sorted(Comparator.comparing(Deadline::dueAt)).forEach(d -> overdue.add(new Overdue(number, d)));
            incidents.detail(incident.id()).tasks().stream()
                    .filter(t -> (t.status() == TaskStatus.OPEN || t.status() == TaskStatus.IN_PROGRESS)
                            && t.dueAt() != null && t.dueAt().isBefore(now.plus(NEXT_SHIFT)))
                    .sorted(Comparator.comparing(HandlingTask::dueAt)).forEach(t -> tasksDue.add(new TaskDue(number, t)));
        }
        List<Warning> inForce = warnings.active();
        List<Unconfirmed> unconfirmed = new ArrayList<>();
        for (Warning warning : inForce) {
            warnings.receipts().of(warning.id()).stream().filter(n -> !n.acknowledged())
                    .forEach(n -> unconfirmed.add(new Unconfirmed(warning.number(), n)));
        }
        Roster people = roster.load();
        return new Briefing(now, open, inForce, overdue, tasksDue, unconfirmed, successor(people, now),
                people.people().stream().map(Person::name).distinct().sorted().toList());
    }

    /** The person of the duty shift that starts next after {@code now}; empty when the roster plans none. */
    static Optional<String> successor(Roster roster, Instant now) {
        return roster.shifts().stream().filter(s -> s.startsAt().isAfter(now))
                .min(Comparator.comparing(DutyShift::startsAt))
                .flatMap(s -> roster.person(s.personId())).map(Person::name);
    }
}
