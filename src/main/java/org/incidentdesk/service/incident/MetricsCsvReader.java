package org.incidentdesk.service.incident;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.MetricRules;
import org.incidentdesk.service.importing.CsvTable;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.service.importing.TableRow;
import org.incidentdesk.service.roster.io.RowProblem;

/**
 * Reads a monitoring platform's metrics export: a header row naming the columns (time and any of reads,
 * reposts, comments, likes, heat, stage, in Chinese or English, or as the person importing mapped a header the
 * reader does not know; an ignored header's cells are not read), then one row per moment in time order.
 * Times are ISO-8601 with or without an offset, or "yyyy-MM-dd HH:mm[:ss]" in the office's zone. Every
 * problem is collected; nothing is thrown for bad content.
 */
final class MetricsCsvReader {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final ZoneId zone;
    private final Instant now;

    private final MetricsColumnMapping mapping;

    MetricsCsvReader(ZoneId zone, Instant now, MetricsColumnMapping mapping) {
        this.zone = zone;
        this.now = now;
        this.mapping = mapping;
    }

    /** Reads within the shared import limits; a file refused as a whole is one problem on its first row. */
    MetricsPreview read(Path file) {
        String fileName = file.getFileName().toString();
        List<RowProblem> problems = new ArrayList<>();
        List<TableRow> rows;
        try {
            rows = CsvTable.read(file, ImportLimits.DEFAULT).rows();
        } catch (ImportRefusal refusal) {
            return new MetricsPreview(fileName, List.of(),
                    List.of(problem(1, "metrics.file", refusal.messageKey(), refusal.args())), List.of());
        }
        if (rows.isEmpty()) {
            return new MetricsPreview(fileName, List.of(), List.of(problem(1, "metrics.file", "metrics.empty")), List.of());
        }
        List<List<String>> records = rows.stream().map(TableRow::cells).toList();
        List<String> unknown = new ArrayList<>();
        Map<MetricsColumn, Integer> columns = header(records.get(0), problems, unknown);
        // an unknown or repeated column does not keep the rows from being checked: every problem shows at once
        if (!columns.containsKey(MetricsColumn.TIME) || !hasFigureColumn(columns)) {
            return new MetricsPreview(fileName, List.of(), problems, unknown);
        }
        List<MetricPoint.Figures> points = new ArrayList<>();
        OffsetDateTime previous = null;
        for (int i = 1; i < records.size(); i++) {
            List<String> row = records.get(i);
            int rowNumber = rows.get(i).number();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            MetricPoint.Figures figures = row(row, rowNumber, columns, problems);
            if (figures == null) {
                continue;
            }
            if (previous != null && figures.at() != null && !figures.at().isAfter(previous)) {
                problems.add(problem(rowNumber, "metric.at", "metrics.outOfOrder", figures.at().toString(),
                        previous.toString()));
            }
            if (figures.at() != null) {
                previous = figures.at();
            }
            points.add(figures);
        }
        if (points.isEmpty() && problems.isEmpty()) {
            problems.add(problem(2, "metrics.file", "metrics.noRows"));
        }
        return new MetricsPreview(fileName, points, problems, unknown);
    }

    /** Which column each header is (as named, or as the mapping says); {@code unknown} gets those it cannot place. */
    private Map<MetricsColumn, Integer> header(List<String> header, List<RowProblem> problems, List<String> unknown) {
        Map<MetricsColumn, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "");
            MetricsColumn column = mapping.mapped().getOrDefault(name.strip(), MetricsColumn.named(name));
            if (mapping.ignored().contains(name.strip())) {
                continue;
            }
            if (column == null) {
                unknown.add(name.strip());
                problems.add(problem(1, "metrics.column", "metrics.unknownColumn", name.strip(), i + 1));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(problem(1, "metrics.column", "metrics.duplicateColumn", name.strip(), i + 1));
            }
        }
        if (!columns.containsKey(MetricsColumn.TIME)) {
            problems.add(problem(1, "metrics.column", "metrics.missingTime"));
        }
        if (!hasFigureColumn(columns)) {
            problems.add(problem(1, "metrics.column", "metrics.noFigureColumn"));
        }
        return columns;
    }

    private static boolean hasFigureColumn(Map<MetricsColumn, Integer> columns) {
        return columns.keySet().stream().anyMatch(c -> c != MetricsColumn.TIME && c != MetricsColumn.STAGE);
    }

    private MetricPoint.Figures row(List<String> row, int rowNumber, Map<MetricsColumn, Integer> columns,
                                    List<RowProblem> problems) {
        int before = problems.size();
        OffsetDateTime at = time(cell(row, columns, MetricsColumn.TIME), rowNumber, problems);
        MetricPoint.Figures figures = new MetricPoint.Figures(at,
                number(row, columns, MetricsColumn.READS, "metric.reads", rowNumber, problems),
                number(row, columns, MetricsColumn.REPOSTS, "metric.reposts", rowNumber, problems),
                number(row, columns, MetricsColumn.COMMENTS, "metric.comments", rowNumber, problems),
                number(row, columns, MetricsColumn.LIKES, "metric.likes", rowNumber, problems),
                number(row, columns, MetricsColumn.HEAT, "metric.heatIndex", rowNumber, problems),
                cell(row, columns, MetricsColumn.STAGE));
        if (problems.size() == before) {
            MetricRules.check(figures, now).forEach(v -> problems.add(new RowProblem(rowNumber, v)));
        }
        return figures;
    }

    private OffsetDateTime time(String text, int rowNumber, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(rowNumber, "metric.at", "validation.required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text.replace('T', ' '), LOCAL).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                problems.add(problem(rowNumber, "metric.at", "metrics.badTime", text));
                return null;
            }
        }
    }

    private static Long number(List<String> row, Map<MetricsColumn, Integer> columns, MetricsColumn column, String field,
                               int rowNumber, List<RowProblem> problems) {
        String text = cell(row, columns, column).replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problems.add(problem(rowNumber, field, "metrics.notANumber", cell(row, columns, column)));
            return null;
        }
    }

    private static String cell(List<String> row, Map<MetricsColumn, Integer> columns, MetricsColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static RowProblem problem(int row, String field, String key, Object... args) {
        return new RowProblem(row, Violation.of(field, key, args));
    }
}
