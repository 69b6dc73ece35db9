package org.incidentdesk.ui.board;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.incident.MetricsColumnMapping;
import org.incidentdesk.service.incident.MetricsImportService;
import org.incidentdesk.service.incident.MetricsPreview;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The public-opinion figures of the incident shown in the detail: one point typed by hand, or a CSV read and
 * checked first ({@link #reviewProperty()}) and recorded only when the person imports a file without problems.
 * After each write the detail is read again; a refusal is shown with its reason and records nothing.
 */
public final class MetricsViewModel {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IncidentService incidents;
    private final MetricsImportService metricsImport;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    /** The id of the incident whose detail is loaded; negative while none is. */
    private final LongSupplier incidentId;
    private final Runnable afterWrite;

    private final ReadOnlyObjectWrapper<MetricsReview> review = new ReadOnlyObjectWrapper<>();
    /** The incident chosen in the detail (possibly still loading): a preview read for another one is dropped. */
    private Long shownId;

    MetricsViewModel(IncidentService incidents, MetricsImportService metricsImport, TaskRunner tasks,
                     DialogService dialogs, Failures failures, Messages messages, Clock clock, ZoneId zone,
                     LongSupplier incidentId, Runnable afterWrite) {
        this.incidents = incidents;
        this.metricsImport = metricsImport;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.incidentId = incidentId;
        this.afterWrite = afterWrite;
    }

    /** The detail now shows the incident {@code id} (null: none): a file waiting for a decision is dropped. */
    void show(Long id) {
        shownId = id;
        review.set(null);
    }

    /** Records a metrics point typed by hand: blank figures were not reported, the time blank is now. */
    public void add(String at, String reads, String reposts, String comments, String likes, String heat,
                    String stage) {
        long incident = incidentId.getAsLong();
        if (incident < 0) {
            return;
        }
        tasks.write(() -> {
            OffsetDateTime time = time(at, "metric.at");
            MetricPoint.Figures figures = new MetricPoint.Figures(
                    time != null ? time : clock.instant().atZone(zone).toOffsetDateTime().withNano(0),
                    number(reads, "metric.reads"), number(reposts, "metric.reposts"),
                    number(comments, "metric.comments"), number(likes, "metric.likes"),
                    number(heat, "metric.heatIndex"), stage);
            return incidents.addMetrics(incident, figures);
        }, done -> afterWrite.run(), failure -> {
            failures.show("board.action.metrics", failure);
            afterWrite.run();
        });
    }

    /** Asks for a metrics CSV and previews it. */
    public void chooseCsv() {
        if (incidentId.getAsLong() < 0) {
            return;
        }
        var csv = new DialogService.FileType(messages.get("board.metrics.import.fileType"), List.of("*.csv"));
        dialogs.chooseFileToOpen(messages.get("board.metrics.import.choose"), List.of(csv))
                .ifPresent(this::preview);
    }

    /**
     * Reads and checks the file in the background and offers the result in {@link #reviewProperty()}; nothing
     * is written yet.
     */
    public void preview(Path file) {
        preview(file, MetricsColumnMapping.NONE);
    }

    /**
     * Reads the file of the review shown again, with its unknown headers mapped to a column or ignored as the
     * person chose; the new result replaces the review.
     */
    public void remap(MetricsColumnMapping mapping) {
        MetricsReview shown = review.get();
        if (shown != null) {
            preview(shown.file(), mapping);
        }
    }

    private void preview(Path file, MetricsColumnMapping mapping) {
        Long id = shownId;
        tasks.read(() -> metricsImport.preview(file, mapping), preview -> {
            if (id != null && id.equals(shownId)) {
                review.set(review(file, mapping, preview));
            }
        }, failure -> failures.show("board.metrics.import.title", failure));
    }

    private MetricsReview review(Path file, MetricsColumnMapping mapping, MetricsPreview preview) {
        List<String> problems = preview.problems().stream()
                .map(p -> messages.get("metrics.row", p.rowNumber(), messages.describe(p.violation()))).toList();
        String summary = preview.importable()
                ? messages.get("board.metrics.import.ready", preview.fileName(), preview.points().size())
                : messages.get("board.metrics.import.refused", preview.fileName(), problems.size());
        return new MetricsReview(file, mapping, preview, summary, problems, preview.importable());
    }

    /** Records the previewed points on the shown incident in one transaction; only a preview without problems. */
    public void applyImport() {
        MetricsReview shown = review.get();
        long incident = incidentId.getAsLong();
        if (shown == null || !shown.canApply() || incident < 0) {
            return;
        }
        review.set(null);
        tasks.write(() -> metricsImport.apply(incident, shown.preview()), added -> {
            dialogs.notify(messages.get("board.metrics.import.done", shown.preview().fileName(), added), null, null);
            afterWrite.run();
        }, failure -> {
            failures.show("board.metrics.import.title", failure);
            afterWrite.run();
        });
    }

    public void cancelImport() {
        review.set(null);
    }

    /** The metrics file waiting for the user's decision; null when none. */
    public ReadOnlyObjectProperty<MetricsReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    private OffsetDateTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(text.strip(), TYPED).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(Violation.of(field, "board.badTime", text.strip())));
            }
        }
    }

    private static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(Violation.of(field, "metrics.notANumber", text.strip())));
        }
    }
}
