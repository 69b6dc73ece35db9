package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.Context;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;

/**
 * Migration V11.1: turns each timeline row of the text-only record (before V11) into a typed fact. This is the
 * one piece of code that reads meaning out of a timeline text, once, to convert it; V11.2 then drops the text.
 * Facts are rebuilt from the rows the text points at (the task, the assessment, the metrics point, the evidence)
 * where they still exist. A row that cannot be typed (deadline and warning sentences, expert opinions, anything
 * unexpected) becomes {@link TimelineFact.Untyped}: its old text kept verbatim as the person's text. Every
 * converted row is marked {@code migrated}. Plain JDBC, in Flyway's transaction; portable SQL only.
 */
final class TypedTimelineMigration extends TransactionalJavaMigration {
    private static final String SEP = "：";

    TypedTimelineMigration() {
        super("11.1", "typed timeline");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<OldRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, kind, subject_id, text FROM incident_timeline WHERE fact_type IS NULL");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long subject = r.getLong(3);
                rows.add(new OldRow(r.getLong(1), r.getString(2), r.wasNull() ? null : subject, r.getString(4)));
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE incident_timeline SET fact_type = ?, fact_data = ?, "
                + "person_text = ?, migrated = TRUE WHERE id = ?")) {
            for (OldRow row : rows) {
                Typed typed = convert(c, row);
                u.setString(1, FactJson.typeOf(typed.fact()));
                u.setString(2, FactJson.write(typed.fact()));
                u.setString(3, typed.personText());
                u.setLong(4, row.id());
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    record OldRow(long id, String kind, Long subjectId, String text) {
    }

    record Typed(TimelineFact fact, String personText) {
        static Typed of(TimelineFact fact) {
            return new Typed(fact, null);
        }
    }

    static Typed convert(Connection c, OldRow row) throws SQLException {
        TimelineKind kind = kindOf(row.kind());
        Typed untyped = new Typed(new TimelineFact.Untyped(kind), row.text());
        Optional<Typed> typed = switch (kind) {
            case INTAKE -> Optional.of(Typed.of(new TimelineFact.Intake(row.text())));
            case FACTS -> Optional.of(Typed.of(new TimelineFact.FactsUpdated(row.text())));
            case PHASE -> phase(row.text());
            case NOTE -> Optional.of(new Typed(new TimelineFact.Note(), row.text()));
            case KEYWORD -> keyword(row.text());
            case STATEMENT -> statement(row);
            case TASK -> task(c, row);
            case LEVEL -> level(c, row);
            case ASSESSMENT -> proposal(c, row);
            case METRICS -> metrics(c, row);
            case EVIDENCE -> evidence(c, row);
            default -> Optional.empty();
        };
        return typed.orElse(untyped);
    }

    private static TimelineKind kindOf(String code) {
        for (TimelineKind k : TimelineKind.values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return TimelineKind.NOTE;
    }

    /** {@code RECEIVED>ASSESSING}, as IncidentService wrote a phase move. */
    private static Optional<Typed> phase(String text) {
        String[] parts = text.split(">", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<IncidentPhase> from = constant(IncidentPhase.class, parts[0]);
        Optional<IncidentPhase> to = constant(IncidentPhase.class, parts[1]);
        return from.isPresent() && to.isPresent()
                ? Optional.of(Typed.of(new TimelineFact.PhaseMoved(from.get(), to.get()))) : Optional.empty();
    }

    /** {@code +word} or {@code -word}. */
    private static Optional<Typed> keyword(String text) {
        if (text.length() < 2) {
            return Optional.empty();
        }
        String word = text.substring(1);
        return switch (text.charAt(0)) {
            case '+' -> Optional.of(Typed.of(new TimelineFact.KeywordAdded(word)));
            case '-' -> Optional.of(Typed.of(new TimelineFact.KeywordRemoved(word)));
            default -> Optional.empty();
        };
    }

    /** The wording as drafted, or {@code AGREED：wording}. */
    private static Optional<Typed> statement(OldRow row) {
        if (row.subjectId() == null) {
            return Optional.empty();
        }
        String agreed = "AGREED" + SEP;
        return Optional.of(row.text().startsWith(agreed)
                ? new Typed(new TimelineFact.StatementAgreed(row.subjectId()), row.text().substring(agreed.length()))
                : new Typed(new TimelineFact.StatementDrafted(row.subjectId()), row.text()));
    }

    /** {@code unit：description} when given, {@code unit：STATUS[：result]} when updated. */
    private static Optional<Typed> task(Connection c, OldRow row) throws SQLException {
        return lookup(c, "SELECT unit_name, due_at FROM incident_task WHERE id = ?", row.subjectId(), r -> {
            String unit = r.getString(1);
            if (!row.text().startsWith(unit + SEP)) {
                return Optional.empty();
            }
            String rest = row.text().substring(unit.length() + SEP.length());
            String[] statusAndResult = rest.split(SEP, 2);
            Optional<TaskStatus> status = constant(TaskStatus.class, statusAndResult[0]);
            if (status.isPresent()) {
                return Optional.of(new Typed(new TimelineFact.TaskUpdated(row.subjectId(), unit, status.get()),
                        statusAndResult.length == 2 ? statusAndResult[1] : null));
            }
            OffsetDateTime due = r.getObject(2, OffsetDateTime.class);
            return Optional.of(new Typed(new TimelineFact.TaskAssigned(row.subjectId(), unit,
                    due == null ? null : due.toInstant()), rest));
        });
    }

    /** {@code label} when confirmed, {@code label：reason} when overridden; the rest from the assessment. */
    private static Optional<Typed> level(Connection c, OldRow row) throws SQLException {
        return lookup(c, "SELECT decision, decided_id, decided_name FROM incident_assessment WHERE id = ?",
                row.subjectId(), r -> {
                    String label = r.getString(3);
                    if (r.getString(2) == null || !row.text().startsWith(label)) {
                        return Optional.empty();
                    }
                    String reason = row.text().startsWith(label + SEP) ? row.text().substring(label.length() + 1) : null;
                    return Optional.of(new Typed(new TimelineFact.LevelDecided(row.subjectId(), r.getString(2), label,
                            "OVERRIDDEN".equals(r.getString(1))), reason));
                });
    }

    /**
     * A proposal's text is the level proposed (or 未达到预警条件) and matches its assessment; other assessment rows
     * were expert opinions (专家意见：…), which stay untyped.
     */
    private static Optional<Typed> proposal(Connection c, OldRow row) throws SQLException {
        return lookup(c, "SELECT proposed_id, proposed_name FROM incident_assessment WHERE id = ?", row.subjectId(),
                r -> {
                    String label = r.getString(2);
                    boolean matches = label == null ? row.text().equals("未达到预警条件") : row.text().equals(label);
                    return matches ? Optional.of(Typed.of(new TimelineFact.LevelProposed(row.subjectId(),
                            r.getString(1), label))) : Optional.empty();
                });
    }

    /** One point entered by hand (the point's row has its figures), or {@code source：count} for an import. */
    private static Optional<Typed> metrics(Connection c, OldRow row) throws SQLException {
        if (row.subjectId() == null) {
            int at = row.text().lastIndexOf(SEP);
            if (at < 0 || !row.text().substring(at + 1).matches("\\d{1,9}")) {
                return Optional.empty();
            }
            return Optional.of(Typed.of(new TimelineFact.MetricsImported(row.text().substring(0, at),
                    Integer.parseInt(row.text().substring(at + 1)))));
        }
        return lookup(c, "SELECT reads, reposts, comments, likes, heat_index, stage FROM incident_metric WHERE id = ?",
                row.subjectId(), r -> Optional.of(Typed.of(new TimelineFact.MetricsRecorded(row.subjectId(),
                        number(r, 1), number(r, 2), number(r, 3), number(r, 4), number(r, 5), r.getString(6)))));
    }

    private static Optional<Typed> evidence(Connection c, OldRow row) throws SQLException {
        return lookup(c, "SELECT kind, original_name, url, sha256 FROM incident_evidence WHERE id = ?", row.subjectId(),
                r -> {
                    boolean file = "FILE".equals(r.getString(1));
                    return Optional.of(Typed.of(new TimelineFact.EvidenceAttached(row.subjectId(),
                            file ? r.getString(2) : r.getString(3), file ? r.getString(4) : null)));
                });
    }

    @FunctionalInterface
    private interface RowReader {
        Optional<Typed> read(ResultSet row) throws SQLException;
    }

    /** The row {@code query} finds by {@code id}, read by {@code reader}; empty when there is no id or no row. */
    private static Optional<Typed> lookup(Connection c, String query, Long id, RowReader reader) throws SQLException {
        if (id == null) {
            return Optional.empty();
        }
        try (PreparedStatement q = c.prepareStatement(query)) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? reader.read(r) : Optional.empty();
            }
        }
    }

    private static Long number(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
