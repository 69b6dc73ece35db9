package org.incidentdesk.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainVerifier;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.audit.Checkpoint;
import org.incidentdesk.domain.audit.Finding;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.SafeFileWrite;
import org.incidentdesk.service.importing.CsvOutput;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.store.AuditRepository;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/**
 * The audit trail as a use case (issue 20.4): verifying the chain against itself, the checkpoints and the
 * evidence files; writing checkpoints out of the database (to the checkpoint log outside the data directory,
 * every {@link #CHECKPOINT_EVERY} entries, at start and at exit, and on request to a file of the caller's
 * choosing); reading and exporting entries, each itself audited; and the purge of entries older than the law's
 * six months. Thread-safe; never call it on the JavaFX thread.
 */
public final class AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    /** How many entries may pass before the program writes the next checkpoint by itself. */
    public static final int CHECKPOINT_EVERY = 100;
    /** Entries younger than this are never purged (the Cybersecurity Law keeps network logs six months). */
    public static final Duration KEEP_AT_LEAST = Duration.ofDays(180);

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EvidenceService evidence;
    private final Path checkpointLog;
    private final String checkpointHeader;
    private long lastCheckpointSeq = -1;

    /**
     * {@code checkpointLog}: where checkpoints go by themselves (null: nowhere, for throw-away offices);
     * {@code checkpointHeader}: the comment the log starts with, naming the database it belongs to.
     */
    public AuditService(Store store, Clock clock, ActorSource actors, EvidenceService evidence, Path checkpointLog,
                        String checkpointHeader) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.evidence = evidence;
        this.checkpointLog = checkpointLog;
        this.checkpointHeader = checkpointHeader;
    }

    /** The checkpoint log outside the data directory, or null. */
    public Path checkpointLog() {
        return checkpointLog;
    }

    /** What a verification found; intact when there are no findings. */
    public record Verification(long entries, long headSeq, String headHash, int checkpoints, int evidenceFiles,
                               List<Finding> findings) {
        public Verification {
            findings = List.copyOf(findings);
        }

        public boolean intact() {
            return findings.isEmpty();
        }
    }

    /**
     * Verifies the chain, the checkpoints in the checkpoint log and in {@code checkpointFiles}, and every
     * evidence file the chain recorded, against the hashes in the chain. The verification is itself recorded.
     */
    public Verification verify(List<Path> checkpointFiles) {
        Access.require(actors, Permission.AUDIT_VERIFY);
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (checkpointLog != null) {
            checkpoints.addAll(CheckpointFile.read(checkpointLog));
        }
        checkpointFiles.forEach(file -> checkpoints.addAll(readCheckpoints(file)));
        ChainVerifier.Result chain = store.inTransaction(
                s -> new ChainVerifier().verify(s.audit()::walk, checkpoints));
        List<Finding> findings = new ArrayList<>(chain.findings());
        findings.addAll(checkEvidence(chain.evidence()));
        Verification result = new Verification(chain.trusted(), chain.headSeq(), chain.headHash(),
                checkpoints.size(), chain.evidence().size(), findings);
        try {
            store.run(s -> s.audit().append(stamp(), "auditVerified", "audit", null,
                    FieldChange.set("entries", String.valueOf(result.entries())),
                    FieldChange.set("findings", findings.stream().map(f -> f.kind() + "#" + f.seq())
                            .collect(Collectors.joining(" ")))));
        } catch (RuntimeException e) {
            // a chain broken badly enough (its head row edited) may refuse the record; the findings matter more
            LOG.error("the audit verification could not be recorded in the audit trail", e);
        }
        return result;
    }

    private static List<Checkpoint> readCheckpoints(Path file) {
        try {
            return CheckpointFile.read(file);
        } catch (IllegalArgumentException unreadableLine) {
            throw new ValidationException(List.of(Violation.of("audit.checkpoint", "audit.checkpointUnreadable",
                    unreadableLine.getMessage())));
        }
    }

    private List<Finding> checkEvidence(Map<Long, ChainVerifier.RecordedEvidence> recorded) {
        Map<Long, Evidence> rows = store.inTransaction(s -> s.evidence().files()).stream()
                .collect(Collectors.toMap(Evidence::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        recorded.forEach((id, chain) -> {
            Evidence row = rows.get(id);
            if (row == null) {
                findings.add(Finding.at(Finding.Kind.EVIDENCE_MISSING, chain.seq(), "#" + id));
                return;
            }
            if (!chain.sha256().equals(row.sha256())) {
                findings.add(Finding.at(Finding.Kind.EVIDENCE_RECORD_EDITED, chain.seq(), row.originalName()));
            }
            String now = evidence.currentSha256(row);
            if (now == null) {
                findings.add(Finding.at(Finding.Kind.EVIDENCE_MISSING, chain.seq(), row.originalName()));
            } else if (!now.equals(chain.sha256())) {
                findings.add(Finding.at(Finding.Kind.EVIDENCE_CHANGED, chain.seq(), row.originalName()));
            }
        });
        return findings;
    }

    /** The chain's state now, written to the checkpoint log. */
    @Unguarded("the workstation writes a checkpoint at start, exit and sign-out, and every N entries")
    public Checkpoint checkpoint() {
        Checkpoint checkpoint = store.inTransaction(s -> {
            AuditRepository.Head head = s.audit().head();
            return new Checkpoint(head.seq(), s.audit().count(), head.hash(), clock.instant());
        });
        if (checkpointLog != null) {
            CheckpointFile.append(checkpointLog, checkpointHeader, checkpoint);
        }
        synchronized (this) {
            lastCheckpointSeq = Math.max(lastCheckpointSeq, checkpoint.seq());
        }
        return checkpoint;
    }

    /** As {@link #checkpoint()}, asked for by a person (the command line): the audit administrator's to ask. */
    public Checkpoint checkpointOnRequest() {
        Access.require(actors, Permission.AUDIT_CHECKPOINT);
        return checkpoint();
    }

    /** As {@link #checkpoint()}, also written to {@code file} (removable media), which is created or appended to. */
    public Checkpoint checkpointTo(Path file) {
        Access.require(actors, Permission.AUDIT_CHECKPOINT);
        Checkpoint checkpoint = checkpoint();
        CheckpointFile.append(file, checkpointHeader, checkpoint);
        return checkpoint;
    }

    /** After a commit: writes a checkpoint when {@link #CHECKPOINT_EVERY} entries passed since the last one. */
    @Unguarded("the workstation's checkpoint every N entries")
    public void afterCommit() {
        if (checkpointLog == null) {
            return;
        }
        long head = store.inTransaction(s -> s.audit().head().seq());
        synchronized (this) {
            if (lastCheckpointSeq >= 0 && head < lastCheckpointSeq + CHECKPOINT_EVERY) {
                return;
            }
        }
        checkpoint();
    }

    /** The entries {@code query} selects, newest first, at most {@code limit}; the reading is recorded. */
    public List<ChainedEntry> read(AuditQuery query, int limit) {
        Access.require(actors, Permission.AUDIT_READ);
        return store.inTransaction(s -> {
            List<ChainedEntry> entries = s.audit().find(query, limit);
            s.audit().append(stamp(), "auditRead", "audit", null, describe(query, entries.size()));
            return entries;
        });
    }

    /**
     * Writes the entries {@code query} selects to {@code file} as CSV (oldest first), streaming (a year of entries
     * is never held in memory); the export is recorded. Returns how many entries it wrote.
     */
    public long exportCsv(AuditQuery query, Path file, ZoneId zone) {
        Access.require(actors, Permission.AUDIT_EXPORT);
        long[] written = {0};
        try {
            SafeFileWrite.replace(file, out -> CsvOutput.stream(rows -> {
                rows.accept(AuditCsv.HEADER);
                store.run(s -> s.audit().walk(query, entry -> {
                    rows.accept(AuditCsv.row(entry, zone));
                    written[0]++;
                }));
            }, out));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the audit export " + file, e);
        }
        List<FieldChange> what = new ArrayList<>(describe(query, written[0]));
        what.add(FieldChange.set("file", file.toAbsolutePath().toString()));
        store.run(s -> s.audit().append(stamp(), "auditExported", "audit", null, what));
        return written[0];
    }

    private static List<FieldChange> describe(AuditQuery query, long rows) {
        List<FieldChange> fields = new ArrayList<>();
        if (query.actor() != null) {
            fields.add(FieldChange.set("actor", query.actor()));
        }
        if (query.entityId() != null) {
            fields.add(FieldChange.set("entityId", query.entityId()));
        }
        if (query.from() != null) {
            fields.add(FieldChange.set("from", query.from().toString()));
        }
        if (query.until() != null) {
            fields.add(FieldChange.set("until", query.until().toString()));
        }
        fields.add(FieldChange.set("rows", String.valueOf(rows)));
        return fields;
    }

    /** What a purge removed: entries up to {@code throughSeq}, how many, and the anchor hash the chain now starts after. */
    public record Purged(long throughSeq, int entries, String anchorHash) {
    }

    /**
     * Deletes the oldest entries, those before the start of {@code before} in {@code zone}, cutting the chain
     * only at its oldest end; the purge appends an entry naming where it cut (seq and hash), so the verifier
     * accepts the shortened chain. Refused for a day less than {@link #KEEP_AT_LEAST} ago.
     */
    public Purged purge(LocalDate before, ZoneId zone) {
        Access.require(actors, Permission.AUDIT_PURGE);
        Instant cut = before.atStartOfDay(zone).toInstant();
        Instant latestAllowed = clock.instant().minus(KEEP_AT_LEAST);
        if (cut.isAfter(latestAllowed)) {
            throw new ValidationException(List.of(Violation.of("audit.purgeBefore", "audit.purgeTooRecent",
                    before.toString(), KEEP_AT_LEAST.toDays(), latestAllowed.atZone(zone).toLocalDate().toString())));
        }
        Purged purged = store.inTransaction(s -> {
            long through = s.audit().lastSeqBefore(cut);
            if (through == 0) {
                return new Purged(0, 0, null);
            }
            String hash = s.audit().at(through).orElseThrow().hash();
            int removed = s.audit().purgeThrough(through);
            s.audit().append(stamp(), ChainVerifier.PURGE_ACTION, "audit", null,
                    FieldChange.set(ChainVerifier.PURGE_THROUGH_SEQ, String.valueOf(through)),
                    FieldChange.set(ChainVerifier.PURGE_THROUGH_HASH, hash),
                    FieldChange.set("before", before.toString()),
                    FieldChange.set("entries", String.valueOf(removed)));
            return new Purged(through, removed, hash);
        });
        checkpoint();
        return purged;
    }

    private Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }
}
