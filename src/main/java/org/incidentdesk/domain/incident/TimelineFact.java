package org.incidentdesk.domain.incident;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.warning.WarningChangeKind;

/**
 * What one row of an incident's 处置日志 records, as typed data: one record per kind of fact. Text a person
 * wrote (a note, a task's description, a reason) is not part of the fact; it travels beside it as the entry's
 * {@code personText}. A fact is rendered on read by {@link TimelineRenderer} from the bundle key
 * {@code timeline.<RecordName>} (plus {@code .<variant>} where the record names one), filled with
 * {@link #args()}. The store keeps the record's name and its fields (as JSON), so a new kind needs no
 * migration: add a record here and its bundle text in {@code timeline.properties} and {@code timeline_en}.
 * One piece although past 400 lines: a sealed interface whose kinds are nested records is the closed set of
 * facts the record can hold; the store finds them through {@code getPermittedSubclasses()}, so they stay together.
 */
public sealed interface TimelineFact {

    /** The coarse kind the row is filed under (the board's filter, the event listeners' switch). */
    TimelineKind kind();

    /** The bundle key's variant after {@code timeline.<RecordName>.}, or null for the plain key. */
    default String variant() {
        return null;
    }

    /** The values the bundle text is filled with, in order; by default the record's fields in order. */
    default List<Object> args() {
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            values.add(value(c));
        }
        return values;
    }

    /** The audit row's action for this fact: the record's name with a small first letter. */
    default String action() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The record's fields by name, in order (for JSON output); values as they are, null where not set. */
    default Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            fields.put(c.getName(), value(c));
        }
        return fields;
    }

    /** The fields the audit row records as changed; by default each field that is set, as its new value. */
    default List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        fields().forEach((name, value) -> {
            if (value != null) {
                changes.add(FieldChange.set(name, String.valueOf(value)));
            }
        });
        return changes;
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor is public: " + component, e);
        }
    }

    /** A bundle text as an argument of another, e.g. a reason's name: {@code key} filled with {@code args}. */
    record Term(String key, List<Object> args) {
        public static Term of(String key, Object... args) {
            return new Term(key, Arrays.asList(args));
        }
    }

    // ---- the incident itself

    /** The report was taken (接报) with this title. */
    record Intake(String title) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.INTAKE;
        }
    }

    /** The title, the happened time or the facts were changed; the title as it is now. */
    record FactsUpdated(String title) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.FACTS;
        }
    }

    /** The incident's secrecy mark (密级, with its 保密期限 or null) was set or, to {@code NONE}, cleared. */
    record SecrecyMarked(Secrecy from, String fromTerm, Secrecy to, String toTerm) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.FACTS;
        }

        @Override
        public String variant() {
            return to == Secrecy.NONE ? "cleared" : toTerm == null ? "noTerm" : null;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(to, toTerm);
        }

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("secrecy", from.name(), to.name()),
                    new FieldChange("secrecyTerm", fromTerm, toTerm));
        }
    }

    record PhaseMoved(IncidentPhase from, IncidentPhase to) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.PHASE;
        }

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("phase", from.name(), to.name()));
        }
    }

    /**
     * A party the plan names only per incident (事发单位, 主管部门 …) was resolved to a roster unit
     * ({@code unitId} null: cleared).
     */
    record PartySet(String roleId, String roleName, Long unitId, String unitName) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.FACTS;
        }

        @Override
        public String variant() {
            return unitId == null ? "cleared" : null;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(roleName, unitName);
        }
    }

    // ---- assessment and level

    /** The assessor proposed a level ({@code levelId} null: no warning condition met). */
    record LevelProposed(long assessmentId, String levelId, String levelLabel) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.ASSESSMENT;
        }

        @Override
        public String variant() {
            return levelId == null ? "none" : null;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(levelLabel);
        }
    }

    /** An expert's opinion was recorded (the judgement is the person's text); {@code levelId} may be null. */
    record ExpertOpinionGiven(long opinionId, String expert, String levelId) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.ASSESSMENT;
        }

        @Override
        public String variant() {
            return levelId == null ? "noLevel" : null;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(expert, levelId);
        }
    }

    /** The level was decided: the proposal confirmed, or overridden (the reason is the person's text). */
    record LevelDecided(long assessmentId, String levelId, String levelLabel, boolean overridden)
            implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.LEVEL;
        }

        @Override
        public String variant() {
            return overridden ? "overridden" : "confirmed";
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(levelLabel);
        }

        @Override
        public List<FieldChange> changes() {
            return List.of(FieldChange.set("level", levelId));
        }
    }

    // ---- tasks, statements, keywords, metrics, evidence

    /** A task was given to a unit (the description is the person's text); {@code dueAt} may be null. */
    record TaskAssigned(long taskId, String unitName, Instant dueAt) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.TASK;
        }

        @Override
        public String variant() {
            return dueAt == null ? "noDue" : null;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(unitName, dueAt);
        }
    }

    /** A task's status was set (a result, where given, is the person's text). */
    record TaskUpdated(long taskId, String unitName, TaskStatus status) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.TASK;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(unitName, status);
        }
    }

    /** A free note; all of it is the person's text. */
    record Note() implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.NOTE;
        }
    }

    /** A statement was drafted (its wording is the person's text). */
    record StatementDrafted(long statementId) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }
    }

    /**
     * A statement became the agreed wording (统一口径) in one step, as before approval existed (issue 20); kept for
     * the rows written then. Its wording is the person's text.
     */
    record StatementAgreed(long statementId) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }
    }

    /**
     * A new version of a statement was drafted from a frozen one (approved, returned, released or superseded): the
     * frozen text stays as it was; the new wording is the person's text and needs approval again.
     */
    record StatementRevised(long statementId, long previousId, int revision) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }

        @Override
        public List<Object> args() {
            return List.of(revision);
        }
    }

    /** A draft statement's text was changed before it was submitted; the new wording is the person's text. */
    record StatementEdited(long statementId, int revision) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }

        @Override
        public List<Object> args() {
            return List.of(revision);
        }
    }

    /** A statement version was submitted to a leader for approval. */
    record StatementSubmitted(long statementId, int revision) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }

        @Override
        public List<Object> args() {
            return List.of(revision);
        }
    }

    /**
     * A leader decided on a submitted statement version: approved it as the agreed wording (统一口径) or returned it
     * for changes. Who and when are the entry's own; the leader's comment (required on a return) is the person's text.
     */
    record StatementDecided(long statementId, int revision, StatementReview.Decision decision)
            implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }

        @Override
        public String variant() {
            return decision.name();
        }

        @Override
        public List<Object> args() {
            return List.of(revision);
        }

        @Override
        public String action() {
            return decision == StatementReview.Decision.APPROVED ? "statementApproved" : "statementReturned";
        }
    }

    /** A statement was released to the public (对外发布): the public response; its wording is the person's text. */
    record StatementReleased(long statementId) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.STATEMENT;
        }

        @Override
        public List<Object> args() {
            return List.of();
        }
    }

    record KeywordAdded(String keyword) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.KEYWORD;
        }
    }

    record KeywordRemoved(String keyword) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.KEYWORD;
        }
    }

    /** One metrics point entered by hand; the figures not given are null. */
    record MetricsRecorded(long pointId, Long reads, Long reposts, Long comments, Long likes, Long heatIndex,
                           String stage) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.METRICS;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(reads, reposts, comments, likes, heatIndex, stage);
        }
    }

    /** Checked metrics points imported from {@code source} (a file name). */
    record MetricsImported(String source, int points) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.METRICS;
        }
    }

    /**
     * The incident's evidence files were checked against the SHA-256 taken when each was saved: how many, and the
     * names of those whose bytes changed and of those no longer in the evidence folder.
     */
    record EvidenceChecked(int files, List<String> changed, List<String> missing) implements TimelineFact {
        public EvidenceChecked {
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
        }

        public TimelineKind kind() {
            return TimelineKind.EVIDENCE;
        }

        @Override
        public String variant() {
            return changed.isEmpty() && missing.isEmpty() ? "intact" : "problems";
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(files, changed.size() + missing.size(),
                    changed.isEmpty() ? null : String.join(", ", changed),
                    missing.isEmpty() ? null : String.join(", ", missing));
        }
    }

    /** Evidence was attached: a file (name and SHA-256) or a link ({@code sha256} null). */
    record EvidenceAttached(long evidenceId, String name, String sha256) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.EVIDENCE;
        }

        @Override
        public String variant() {
            return sha256 == null ? "link" : "file";
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(name, sha256);
        }
    }

    // ---- deadlines, calls, warnings

    /**
     * An event of one of the incident's deadlines. The rule is named by its act in words ({@code act}), never by
     * its id; roles by the names the plan gives them. Which times are set depends on the event: {@code metAt} for
     * MET, {@code escalation} and {@code escalatedTo} for ESCALATED, {@code reason} (a {@code deadline.reason.*}
     * code) for MISSED and SUPERSEDED, {@code alertAt} when the alert was raised late (the workstation was off).
     */
    /**
     * A deadline's event. An escalation records the length of its chain ({@code chainSteps}) and the plan's
     * interval for reminding the top ({@code remindTopMinutes}): the step that reaches the top says the top is
     * reminded at that interval from now on, and each later step says it is such a reminder (null on rows written
     * before the chain stopped at its top).
     */
    record DeadlineEvent(long deadlineId, String ruleId, int occurrence, DeadlineEventKind event, String act,
                         String owner, Instant startedAt, Instant dueAt, Instant metAt, int escalation,
                         String escalatedTo, String reason, Instant alertAt, Integer chainSteps,
                         Long remindTopMinutes) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.DEADLINE;
        }

        @Override
        public String variant() {
            if (event == DeadlineEventKind.ESCALATED && chainSteps != null && remindTopMinutes != null
                    && escalation >= chainSteps) {
                return escalation == chainSteps ? "ESCALATED_TOP" : "REMINDED_TOP";
            }
            return event == DeadlineEventKind.MET && metAt != null && metAt.isAfter(dueAt) ? "METLATE" : event.name();
        }

        @Override
        public List<Object> args() {
            String name = occurrence > 1 ? act + " #" + occurrence : act;
            Duration lateBy = metAt != null && metAt.isAfter(dueAt) ? Duration.between(dueAt, metAt) : null;
            return Arrays.asList(name, owner, startedAt, dueAt, metAt, lateBy, escalation, escalatedTo,
                    reason == null ? null : Term.of("deadline.reason." + reason),
                    alertAt == null ? "" : Term.of("timeline.DeadlineEvent.late", alertAt),
                    remindTopMinutes == null ? null : Duration.ofMinutes(remindTopMinutes));
        }

        @Override
        public String action() {
            return "deadline." + event.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A call about an overdue deadline was logged (a note, where given, is the person's text). */
    record CallLogged(long callId, long deadlineId, String act, String person, String role, String phone,
                      CallOutcome outcome) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.CALL;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(act, person, role, phone, outcome);
        }

        @Override
        public String action() {
            return "deadline.call";
        }
    }

    /** A step of a warning the incident is behind; levels by label, either may be null. */
    record WarningStep(long warningId, String warningNumber, WarningChangeKind change, String fromLevel,
                       String toLevel) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.WARNING;
        }

        @Override
        public String variant() {
            return change.name();
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(warningNumber, fromLevel, toLevel);
        }

        @Override
        public List<FieldChange> changes() {
            return List.of(FieldChange.set("warning", warningNumber),
                    new FieldChange("warningLevel", fromLevel, toLevel));
        }
    }

    /**
     * A numbered document was issued for the incident (an act on it): the issued document's id, the form's id
     * (first-report…), its 文号, how it left (EXPORT or PRINT), to whom (主送) and who signed it (签发人, else the
     * issuing office), names joined with 、; who issued it and when are the row's own.
     */
    record DocumentDispatched(long documentId, String form, String number, String delivery, String recipients,
                              String signedBy) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.DISPATCH;
        }

        @Override
        public String variant() {
            return delivery;
        }

        @Override
        public List<Object> args() {
            return Arrays.asList(Term.of("report.form." + form), number, recipients, signedBy);
        }
    }

    // ---- the after-action review

    /** The incident's after-action review (总结评估) took a step: opened (as a drill's or not), finished, reopened. */
    record ReviewStep(ReviewStepKind step, boolean drill) implements TimelineFact {
        public TimelineKind kind() {
            return TimelineKind.REVIEW;
        }

        @Override
        public String variant() {
            return step == ReviewStepKind.OPENED && drill ? "OPENED_DRILL" : step.name();
        }

        @Override
        public List<Object> args() {
            return List.of();
        }

        @Override
        public String action() {
            return "review." + step.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The steps of a review the record keeps. */
    enum ReviewStepKind {
        OPENED, FINISHED, REOPENED
    }

    // ---- rows from before the record was typed

    /**
     * A row written before V11 whose text could not be read as a fact: the old text is kept as the person's
     * text and the entry is marked migrated; {@code legacyKind} is the kind it was filed under.
     */
    record Untyped(TimelineKind legacyKind) implements TimelineFact {
        public TimelineKind kind() {
            return legacyKind;
        }
    }
}
