package org.incidentdesk.service.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.escalation.CallAttempt;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.EscalationChain;
import org.incidentdesk.domain.event.CallAttemptLogged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.RoleHolders;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The call list (呼叫名单) of an overdue deadline: whom to phone now, found in the roster by the plan's roles
 * ({@link RoleHolders}, the one lookup of who plays a role), and the log of each call and what came of it — stored,
 * written on the incident's timeline and in the audit log, announced as {@link CallAttemptLogged}. Thread-safe;
 * never call it on the JavaFX thread.
 */
public final class CallListService {
    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 50;
    static final int MAX_NOTE = 1000;

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;
    private final DeadlineService deadlines;
    private final RosterService roster;
    private final IncidentRecorder recorder;

    public CallListService(Store store, Clock clock, ActorSource actors, EventBus events, DeadlineService deadlines,
                           RosterService roster) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
        this.deadlines = deadlines;
        this.roster = roster;
        this.recorder = new IncidentRecorder(clock, actors, events);
    }

    /** The call list of deadline {@code deadlineId}. */
    public CallList callList(long deadlineId) {
        Roster people = roster.load();
        return store.inTransaction(s -> {
            Deadline d = deadline(s, deadlineId);
            Incident incident = incident(s, d.incidentId());
            ContingencyPlan plan = deadlines.planOf(incident);
            RoleHolders holders = new RoleHolders(plan, people, s.parties().forIncident(incident.id()));
            List<String> chain = EscalationChain.of(plan, d).roles();
            Set<String> reached = new LinkedHashSet<>();
            s.deadlines().escalationsOf(incident.id()).stream().filter(e -> e.deadlineId() == d.id())
                    .forEach(e -> reached.add(e.toRole()));
            List<CallList.Callee> callees = new ArrayList<>();
            if (d.ownerRole() != null) {
                callees.add(callee(plan, holders, d.ownerRole(), CallList.Reason.OWNER));
            }
            for (String role : chain) {
                if (!role.equals(d.ownerRole())) {
                    callees.add(callee(plan, holders, role,
                            reached.contains(role) ? CallList.Reason.ESCALATED : CallList.Reason.CHAIN));
                }
            }
            return new CallList(d.id(), incident.id(), incident.number().toString(), incident.title(),
                    DeadlineTexts.rule(d), d.actionText(), callees, s.callAttempts().forDeadline(d.id()));
        });
    }

    private static CallList.Callee callee(ContingencyPlan plan, RoleHolders holders, String roleId,
                                          CallList.Reason reason) {
        List<CallList.Contact> contacts = holders.holdersOf(roleId).stream().map(CallListService::contact).toList();
        return new CallList.Callee(roleId, DeadlineTexts.role(plan, roleId), reason, contacts);
    }

    private static CallList.Contact contact(Person p) {
        return new CallList.Contact(p.id(), p.name(), p.mobile(), p.officePhone());
    }

    /** The calls logged about deadline {@code deadlineId}, oldest first. */
    public List<CallAttempt> attempts(long deadlineId) {
        return store.inTransaction(s -> s.callAttempts().forDeadline(deadlineId));
    }

    /**
     * Logs a call to {@code personName} (as {@code roleId}; {@code personId} when the roster knows them) on
     * {@code phone}, with its outcome and an optional note. Refused, with nothing written, when the name is
     * missing or a text is too long.
     */
    public CallAttempt logCall(long deadlineId, String roleId, Long personId, String personName, String phone,
                               CallOutcome outcome, String note) {
        Access.require(actors, Permission.CALL_LOG);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("call.person", personName, MAX_NAME, problems);
        if (phone != null && phone.strip().length() > MAX_PHONE) {
            problems.add(Violation.of("call.phone", "validation.tooLong", MAX_PHONE));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            problems.add(Violation.of("call.note", "validation.tooLong", MAX_NOTE));
        }
        if (outcome == null) {
            problems.add(Violation.of("call.outcome", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String cleanPhone = blankToNull(phone);
        String cleanNote = blankToNull(note);
        return store.inTransaction(s -> {
            Deadline d = deadline(s, deadlineId);
            Incident incident = incident(s, d.incidentId());
            Stamp stamp = recorder.stamp();
            CallAttempt draft = new CallAttempt(0, d.id(), incident.id(), roleId, personId, personName.strip(),
                    cleanPhone, outcome, cleanNote, stamp.at(), stamp.actor().name());
            long id = s.callAttempts().insert(draft, stamp);
            String role = roleId == null ? null : DeadlineTexts.role(deadlines.planOf(incident), roleId);
            TimelineFact fact = new TimelineFact.CallLogged(id, d.id(), d.actionText(), draft.personName(),
                    roleId == null ? null : role, cleanPhone, outcome);
            long entry = recorder.record(s, incident.id(), fact, cleanNote, stamp);
            s.raise(new CallAttemptLogged(events.origin(), incident.id(), d.id(), id, outcome, entry));
            if (outcome == CallOutcome.REACHED) {
                deadlines.callReached(s, d, roleId, stamp);
            }
            return s.callAttempts().forDeadline(d.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Deadline deadline(StoreSession s, long deadlineId) {
        return s.deadlines().find(deadlineId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("deadline", "deadline.notOpen", String.valueOf(deadlineId)))));
    }

    private static Incident incident(StoreSession s, long incidentId) {
        return s.incidents().find(incidentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("incident", "incident.unknown", String.valueOf(incidentId)))));
    }
}
