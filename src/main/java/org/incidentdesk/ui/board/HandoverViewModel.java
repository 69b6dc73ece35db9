package org.incidentdesk.ui.board;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.Incident;
import java.util.function.Consumer;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.AccountSession;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.service.handover.HandoverBriefing;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Writing and confirming the shift handover (交接班): the draft is generated from the record (open incidents,
 * overdue deadlines, tasks due, warnings in force, units that have not confirmed receipt) with the successor
 * the duty roster names, for the person on duty to edit and hand over; the successor confirms by picking their
 * own name from the roster, or, once the office has accounts, by signing in (the confirming person is then the
 * account that signed in, recorded as such).
 */
public final class HandoverViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** A generated handover, ready to be edited: texts, the successor named by the roster, and whom to choose from. */
    public record Draft(String openItems, String watchItems, String successor, List<String> people) {
    }

    private final IncidentService incidents;
    private final HandoverBriefing briefing;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final ZoneId zone;
    private final Supplier<java.util.Optional<Handover>> latest;
    private final Runnable afterwards;
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> readers = FXCollections.observableArrayList();
    private AccountService accounts;
    private Consumer<AccountSession> signedIn = session -> { };

    public HandoverViewModel(IncidentService incidents, HandoverBriefing briefing, TaskRunner tasks, Failures failures,
                             Messages messages, ZoneId zone, Supplier<java.util.Optional<Handover>> latest,
                             Runnable afterwards) {
        this.incidents = incidents;
        this.briefing = briefing;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.zone = zone;
        this.latest = latest;
        this.afterwards = afterwards;
    }

    /** Gathers the record in the background and offers the draft in {@link #draftProperty()}. */
    public void prepare() {
        draft.set(null);
        tasks.read(briefing::gather, b -> draft.set(draft(b)), failure -> failures.show("board.handover", failure));
    }

    /** The draft worded in the window's language. */
    Draft draft(HandoverBriefing.Briefing b) {
        List<String> open = new ArrayList<>();
        section(open, "board.handover.gen.open", b.open().stream().map(this::incident).toList());
        section(open, "board.handover.gen.overdue", b.overdue().stream().map(o -> messages.get(
                "board.handover.gen.overdueLine", o.incidentNumber(), o.deadline().actionText(),
                o.deadline().dueAt().atZone(zone).format(TIME))).toList());
        section(open, "board.handover.gen.tasks", b.tasksDue().stream().map(t -> messages.get(
                "board.handover.gen.taskLine", t.incidentNumber(), t.task().unitName(), t.task().description(),
                t.task().dueAt().atZone(zone).format(TIME))).toList());
        List<String> watch = new ArrayList<>();
        section(watch, "board.handover.gen.warnings", b.inForce().stream().map(w -> messages.get(
                "board.handover.gen.warningLine", w.number(), w.levelId(), w.scope())).toList());
        section(watch, "board.handover.gen.unconfirmed", b.unconfirmed().stream().map(u -> messages.get(
                "board.handover.gen.unconfirmedLine", u.warningNumber(), u.notice().unitName())).toList());
        return new Draft(String.join("\n", open), String.join("\n", watch), b.successor().orElse(null), b.people());
    }

    private String incident(Incident i) {
        return messages.get("board.handover.gen.incident", i.number(), i.title(), messages.name(i.phase()),
                i.level() == null ? messages.get("board.levelNone") : i.level().label());
    }

    private void section(List<String> lines, String titleKey, List<String> items) {
        lines.add(messages.get(titleKey) + (items.isEmpty() ? messages.get("board.handover.gen.nothing") : ""));
        items.forEach(item -> lines.add("  " + item));
    }

    /** Hands over with the texts as edited, to {@code successor} (a roster name; blank: none). */
    public void write(String openItems, String watchItems, String successor) {
        draft.set(null);
        tasks.write(() -> incidents.handovers().write(openItems, watchItems, successor), h -> afterwards.run(),
                failure -> failures.show("board.handover", failure));
    }

    /** Reads the roster's names for the successor to pick theirs (see {@link #readers()}). */
    public void loadReaders() {
        tasks.read(() -> briefing.gather().people(), readers::setAll,
                failure -> failures.show("board.handover", failure));
    }

    /** The name the confirmation starts on: the successor the latest handover names, if any. */
    public String expectedReader() {
        return latest.get().map(Handover::successor).orElse(null);
    }

    /** {@code reader}, picked from the roster, confirms they have read the latest handover. */
    public void confirm(String reader) {
        latest.get().ifPresent(h -> tasks.write(() -> incidents.handovers().confirm(h.id(), reader),
                done -> afterwards.run(), failure -> failures.show("board.handover", failure)));
    }

    /**
     * The office has accounts: the successor confirms by signing in ({@link #confirmSignedIn}), which makes them
     * the window's person ({@code signedIn} is told), instead of picking a name from the roster.
     */
    public void confirmBySignIn(AccountService accounts, Consumer<AccountSession> signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    /** Whether the successor signs in to confirm (the office has accounts). */
    public boolean signInToConfirm() {
        return accounts != null;
    }

    /**
     * The successor signs in as {@code account} and confirms the latest handover as that account; the password
     * array is wiped once used. A refused sign-in confirms nothing.
     */
    public void confirmSignedIn(String account, char[] password) {
        latest.get().ifPresent(h -> tasks.write(() -> {
            AccountSession session;
            try {
                session = accounts.signIn(account, password);
            } finally {
                PasswordHasher.wipe(password);
            }
            incidents.handovers().confirm(h.id(), null);
            return session;
        }, session -> {
            signedIn.accept(session);
            afterwards.run();
        }, failure -> failures.show("board.handover", failure)));
    }

    /** The generated draft waiting to be edited and handed over; null when none is being written. */
    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public void cancel() {
        draft.set(null);
    }

    /** Every name of the roster, for the successor to pick theirs. */
    public ObservableList<String> readers() {
        return readers;
    }

    public Messages messages() {
        return messages;
    }
}
