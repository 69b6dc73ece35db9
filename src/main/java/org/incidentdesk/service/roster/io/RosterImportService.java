package org.incidentdesk.service.roster.io;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.incidentdesk.domain.event.RosterImported;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Imports a roster file (CSV or XLSX, one row per person) in two steps: {@link #preview} shows what would
 * happen, {@link #apply} makes it happen in one transaction. Thread-safe; never call it on the JavaFX thread.
 */
public final class RosterImportService {
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;

    public RosterImportService(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    /**
     * Reads and checks the file; writes nothing.
     *
     * @throws RosterFileException when the file is missing, unreadable or empty, of an unknown format or
     *                             encoding, or lacks a required column
     */
    public ImportPreview preview(Path file) {
        return preview(file, () -> false);
    }

    /** As {@link #preview(Path)}; stops with a {@link CancellationException} once {@code cancelled} says so. */
    public ImportPreview preview(Path file, BooleanSupplier cancelled) {
        SourceTable table = RosterFileReader.read(file);
        stopIf(cancelled);
        Roster roster = store.inTransaction(s -> s.roster().load());
        ImportPlan plan = ImportPlanner.plan(table, RosterFileReader.nameOf(file), roster);
        return new ImportPreview(file, table.format(), table.encoding(), plan.rows());
    }

    /**
     * Applies a preview in one transaction: every row lands or none does. The file is read again and planned
     * against the roster inside the transaction; only when that gives exactly the previewed rows is anything
     * written, so what is applied is what the user saw.
     *
     * @throws ValidationException when the preview has problems
     * @throws StaleDataException  when the roster (or the file) changed since the preview
     * @throws RosterFileException when the file can no longer be read
     */
    public ImportResult apply(ImportPreview preview) {
        return apply(preview, () -> false);
    }

    /**
     * As {@link #apply(ImportPreview)}; when {@code cancelled} says so before the transaction commits, it rolls
     * back and a {@link CancellationException} says nothing was written.
     */
    public ImportResult apply(ImportPreview preview, BooleanSupplier cancelled) {
        Access.require(actors, Permission.ROSTER_IMPORT);
        if (preview.hasProblems()) {
            throw new ValidationException(preview.problems().stream().map(RowProblem::violation).toList());
        }
        String fileName = RosterFileReader.nameOf(preview.file());
        SourceTable table = RosterFileReader.read(preview.file());
        ImportResult result = store.inTransaction(s -> {
            Roster roster = s.roster().load();
            ImportPlan plan = ImportPlanner.plan(table, fileName, roster);
            if (!plan.rows().equals(preview.rows())) {
                throw new StaleDataException("roster", fileName);
            }
            ImportResult written = ImportWriter.write(plan, roster, s, new Stamp(clock.instant(), actors.current()));
            stopIf(cancelled);
            s.raise(new RosterImported(events.origin(), fileName));
            return written;
        });
        return result;
    }

    static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("roster file work cancelled");
        }
    }
}
