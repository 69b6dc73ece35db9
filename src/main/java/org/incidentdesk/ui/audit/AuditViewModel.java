package org.incidentdesk.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.audit.Finding;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.audit.AuditService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The audit viewer (审计日志): entries newest first, filtered by person (part of the name), by what was changed
 * (an incident's number or another id) and by day (office zone, both ends included); export of what the filter
 * selects as CSV; a verification of the whole chain. Every reading and export is itself audited by the service.
 * All work runs on the task runner, off the JavaFX thread.
 */
public final class AuditViewModel implements ViewModelWorkspace.Activatable {
    /** How many entries one reading shows at most (the export takes all the filter selects). */
    static final int SHOWN = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line as shown. */
    public record Line(long seq, String time, String actor, String action, String outcome, String subject,
                       String changes) {
    }

    private final AuditService audit;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Failures failures;
    private final Messages messages;
    private final ZoneId zone;
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditViewModel(AuditService audit, TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone) {
        this.audit = audit;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.failures = new Failures(messages, dialogs, "auditui.title", zone);
        this.messages = messages;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public void activate() {
        search();
    }

    @Override
    public void deactivate() {
        // nothing listens: the list is read when shown and on request
    }

    /** Reads the entries the filter selects. */
    public void search() {
        AuditQuery query = query();
        tasks.refresh("audit", () -> audit.read(query, SHOWN), entries -> {
            lines.setAll(entries.stream().map(this::line).toList());
            status.set(messages.get(entries.size() == SHOWN ? "auditui.shownFirst" : "auditui.shown", entries.size()));
        }, failures::show);
    }

    /** Asks where to save, then exports what the filter selects as CSV. */
    public void export() {
        dialogs.chooseFileToSave(messages.get("auditui.export"), "audit.csv",
                        List.of(new DialogService.FileType("CSV", List.of("*.csv"))))
                .ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        AuditQuery query = query();
        tasks.write(() -> audit.exportCsv(query, file, zone),
                rows -> status.set(messages.get("auditui.exported", rows, file.toString())), failures::show);
    }

    /** Verifies the chain, the checkpoints and the evidence files, and says what it found. */
    public void verify() {
        status.set(messages.get("auditui.verifying"));
        tasks.read(() -> audit.verify(List.of()), result -> {
            String summary = messages.get(result.intact() ? "audit.cli.intact" : "audit.cli.tampered",
                    result.entries(), result.headSeq(), result.checkpoints(), result.evidenceFiles());
            status.set(summary);
            if (result.intact()) {
                dialogs.showInfo(messages.get("auditui.verify"), summary);
            } else {
                StringBuilder text = new StringBuilder();
                for (Finding finding : result.findings()) {
                    text.append(messages.get("audit.finding." + finding.kind(), finding.seq(), finding.toSeq(),
                            finding.detail() == null ? "" : finding.detail())).append('\n');
                }
                dialogs.showError(messages.get("auditui.verify"), text.append(summary).toString());
            }
        }, failures::show);
    }

    AuditQuery query() {
        return new AuditQuery(actor.get(), subject.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Line line(ChainedEntry chained) {
        var e = chained.entry();
        String what = e.entityId() == null ? e.entity() : e.entity() + " " + e.entityId();
        return new Line(chained.seq(), e.at().atZone(zone).format(TIME), e.actor(), e.action(), outcome(e.outcome()),
                what, e.changesLine());
    }

    /** Succeeded, refused, or failed naming why (the failure reasons of sign-in have words of their own). */
    private String outcome(String code) {
        String key = "auditui.outcome." + code;
        return messages.has(key) ? messages.get(key) : messages.get("auditui.outcome.failed", code);
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
