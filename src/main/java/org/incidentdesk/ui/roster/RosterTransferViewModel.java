package org.incidentdesk.ui.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.roster.io.ImportPreview;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterFileException;
import org.incidentdesk.service.roster.io.RosterImportService;
import org.incidentdesk.service.roster.io.RowAction;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.Job;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Roster files in and out: an import is read and checked in the background and offered as a preview
 * ({@link #importReviewProperty()}); only a preview without problems can be applied, in one transaction.
 */
public final class RosterTransferViewModel {
    private static final DialogService.FileType XLSX = new DialogService.FileType("Excel (*.xlsx)", List.of("*.xlsx"));
    private static final DialogService.FileType CSV = new DialogService.FileType("CSV (*.csv)", List.of("*.csv"));

    private final RosterImportService importer;
    private final RosterExportService exporter;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<Throwable> otherFailures;
    private final Supplier<Roster> currentRoster;
    private final Failures failures;
    private final ReadOnlyObjectWrapper<ImportReview> importReview = new ReadOnlyObjectWrapper<>();

    RosterTransferViewModel(RosterImportService importer, RosterExportService exporter, TaskRunner tasks,
                            DialogService dialogs, Messages messages, Consumer<Throwable> otherFailures,
                            Supplier<Roster> currentRoster) {
        this.currentRoster = currentRoster;
        this.importer = importer;
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.otherFailures = otherFailures;
        this.failures = new Failures(messages, dialogs, "validation.stale");
    }

    public void importFile() {
        dialogs.chooseFileToOpen(messages.get("roster.import.choose"), openTypes()).ifPresent(this::previewImport);
    }

    /** Both kinds together first, so a file of either kind shows without switching the filter. */
    List<DialogService.FileType> openTypes() {
        return List.of(new DialogService.FileType(messages.get("roster.import.anyRosterFile"), List.of("*.xlsx", "*.csv")),
                XLSX, CSV);
    }

    /** Reads and checks the file in the background, then offers the preview; nothing is written yet. */
    public void previewImport(Path file) {
        tasks.job(messages.get("roster.job.check", file.getFileName()), false, job -> {
            job.step(messages.get("roster.job.reading"), Job.INDETERMINATE);
            return importer.preview(file, job.cancelledQuestion());
        }, preview -> importReview.set(review(preview)), this::showImportFailure);
    }

    private ImportReview review(ImportPreview preview) {
        String name = preview.file().getFileName().toString();
        String source = preview.encoding() == null ? messages.get("rosterio.cli.source.xlsx", name, preview.format())
                : messages.get("rosterio.cli.source.csv", name, preview.format(), preview.encoding());
        String summary = preview.hasProblems()
                ? messages.get("roster.import.refused", preview.problems().size())
                : messages.get("rosterio.cli.plan", preview.peopleRows(), preview.people(RowAction.ADD),
                        preview.people(RowAction.UPDATE), preview.people(RowAction.UNCHANGED), preview.unitsToCreate());
        Roster roster = currentRoster.get();
        Map<Long, OrgUnit> units = roster.unitsById();
        List<ImportReview.Row> rows = preview.rows().stream().map(row -> new ImportReview.Row(row.rowNumber(),
                row.namesUnitOnly() ? messages.get("roster.import.unitRow")
                        : row.person().name() == null ? "" : row.person().name(),
                row.unitName() == null ? "" : row.unitName(),
                messages.get("roster.import.action." + row.action().name()),
                row.action() == RowAction.UPDATE && row.person().id() != null
                        ? roster.person(row.person().id()).map(old -> ImportChanges.between(old, row.person(), units, messages))
                                .orElse(List.of())
                        : List.of(),
                row.problems().stream().map(p -> messages.describe(p.violation())).toList()))
                .toList();
        return new ImportReview(preview, source, summary, rows, !preview.hasProblems());
    }

    /** Applies the previewed file in one transaction: every row lands, or none. */
    public void applyImport() {
        ImportReview review = importReview.get();
        if (review == null || !review.canApply()) {
            return;
        }
        importReview.set(null);
        tasks.job(messages.get("roster.job.import", review.preview().file().getFileName()), true, job -> {
            job.step(messages.get("roster.job.writing"), Job.INDETERMINATE);
            return importer.apply(review.preview(), job.cancelledQuestion());
        }, result -> dialogs.notify(messages.get("rosterio.cli.imported",
                result.added(), result.updated(), result.unchanged(), result.unitsCreated()), null, null),
                this::showImportFailure);
    }

    public void cancelImport() {
        importReview.set(null);
    }

    public void exportFile() {
        dialogs.chooseFileToSave(messages.get("roster.export.choose"), messages.get("roster.export.fileName"),
                List.of(XLSX, CSV)).ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        tasks.job(messages.get("roster.job.export", file.getFileName()), false,
                job -> exporter.export(file, job.cancelledQuestion()), count -> dialogs.notify(messages.get("rosterio.cli.exported", count,
                file.toString()), null, null), failure -> showFailure("roster.export.failed", failure));
    }

    public ReadOnlyObjectProperty<ImportReview> importReviewProperty() {
        return importReview.getReadOnlyProperty();
    }

    private void showImportFailure(Throwable failure) {
        showFailure("roster.import.failed", failure);
    }

    /** A file that cannot be used, or a cancelled job, is told under the import's or export's own title. */
    private void showFailure(String titleKey, Throwable failure) {
        if (failure instanceof RosterFileException || failure instanceof CancellationException) {
            failures.show(titleKey, failure);
        } else {
            otherFailures.accept(failure);
        }
    }
}
