package org.incidentdesk.domain.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.FieldChange;

/**
 * Walks the audit chain once, in seq order, and names the first entry where it breaks and what happened there;
 * then holds the checkpoints (kept outside the database) against it. Each entry must link to the one before
 * (its prevHash is that entry's hash), have the next seq, and give its own hash. At the first break the walk
 * keeps reading (without trusting anything more) just to learn who links where, which tells an insertion
 * (nothing links to the entry, the next links past it), a reordering (the entry that belongs here is elsewhere),
 * a deletion (a gap in seq and nothing links to the last good entry) and an edit apart. A chain that starts after
 * seq 1 must be covered by a purge the chain itself recorded. What it cannot see alone: an entry appended at the
 * end with a correct hash, or a chain recomputed from some entry on; checkpoints catch the second, and a removed
 * tail. Collects, from the entries it trusts, the evidence hashes the chain recorded. One pass, constant memory
 * beside those hashes.
 */
public final class ChainVerifier {
    /** The action of the entry a purge appends; its fields name where the chain was cut. */
    public static final String PURGE_ACTION = "auditPurged";
    public static final String PURGE_THROUGH_SEQ = "throughSeq";
    public static final String PURGE_THROUGH_HASH = "throughHash";
    static final String EVIDENCE_ACTION = "evidenceAttached";

    /** An evidence file as the chain recorded it: the entry that did ({@code seq}) and the file's SHA-256. */
    public record RecordedEvidence(long seq, String sha256) {
    }

    /** Where the rows come from: hands each to the visitor in seq order. */
    @FunctionalInterface
    public interface Rows {
        void walk(Consumer<ChainedEntry> visitor);
    }

    /** What the walk found: how many entries it trusted, the head, the findings, the evidence hashes recorded. */
    public record Result(long trusted, long headSeq, String headHash, List<Finding> findings,
                         Map<Long, RecordedEvidence> evidence) {
        public Result {
            findings = List.copyOf(findings);
            evidence = Map.copyOf(evidence);
        }

        public boolean intact() {
            return findings.isEmpty();
        }
    }

    public Result verify(Rows rows, List<Checkpoint> checkpoints) {
        Walk walk = new Walk(checkpoints);
        rows.walk(walk);
        List<Finding> findings = new ArrayList<>();
        if (walk.failed != null) {
            findings.add(walk.classify());
        } else {
            walk.checkAnchor().ifPresent(findings::add);
        }
        findings.addAll(walk.checkpointFindings(checkpoints));
        return new Result(walk.trusted, walk.lastSeq(), walk.expectedPrev, findings, walk.evidence);
    }

    private static final class Walk implements Consumer<ChainedEntry> {
        private final EntryHash hasher = new EntryHash();
        private final Set<Long> checkpointSeqs = new HashSet<>();
        private final Map<Long, String> hashAtCheckpoint = new HashMap<>();
        private final Map<Long, RecordedEvidence> evidence = new LinkedHashMap<>();
        private final Map<Long, String> purgeAnchors = new HashMap<>();
        private long trusted;
        private long expectedSeq = 1;
        private String expectedPrev = EntryHash.GENESIS;
        private String prevPrev;
        private boolean started;
        private long anchorSeq;
        private String anchorHash;
        // known once the walk broke
        private ChainedEntry failed;
        private boolean failedLinks;
        private boolean failedSelf;
        private ChainedEntry next;
        private Long belongsHereSeq;
        private boolean failedIsLinkedTo;
        private Long predecessorOfFailedSeq;

        Walk(List<Checkpoint> checkpoints) {
            checkpoints.forEach(c -> checkpointSeqs.add(c.seq()));
        }

        @Override
        public void accept(ChainedEntry row) {
            if (failed != null) {
                learnAfterBreak(row);
                return;
            }
            if (!started) {
                started = true;
                if (row.seq() > 1) { // the oldest entries were purged (or deleted): start from where the row says
                    anchorSeq = row.seq() - 1;
                    anchorHash = row.prevHash();
                    expectedSeq = row.seq();
                    expectedPrev = row.prevHash();
                }
            }
            boolean links = row.prevHash().equals(expectedPrev);
            boolean self = row.selfConsistent(hasher);
            if (links && self && row.seq() == expectedSeq) {
                trust(row);
            } else {
                failed = row;
                failedLinks = links;
                failedSelf = self;
            }
        }

        private void trust(ChainedEntry row) {
            trusted++;
            prevPrev = expectedPrev;
            expectedPrev = row.hash();
            expectedSeq = row.seq() + 1;
            if (checkpointSeqs.contains(row.seq())) {
                hashAtCheckpoint.put(row.seq(), row.hash());
            }
            String action = row.entry().action();
            if (EVIDENCE_ACTION.equals(action)) {
                String id = field(row, "evidenceId");
                String sha = field(row, "sha256");
                if (id != null && sha != null) {
                    evidence.put(Long.parseLong(id), new RecordedEvidence(row.seq(), sha));
                }
            } else if (PURGE_ACTION.equals(action)) {
                String through = field(row, PURGE_THROUGH_SEQ);
                if (through != null) {
                    purgeAnchors.put(Long.parseLong(through), field(row, PURGE_THROUGH_HASH));
                }
            }
        }

        private void learnAfterBreak(ChainedEntry row) {
            if (next == null) {
                next = row;
            }
            if (belongsHereSeq == null && row.prevHash().equals(expectedPrev)) {
                belongsHereSeq = row.seq();
            }
            if (row.prevHash().equals(failed.hash())) {
                failedIsLinkedTo = true;
            }
            if (predecessorOfFailedSeq == null && row.hash().equals(failed.prevHash())) {
                predecessorOfFailedSeq = row.seq();
            }
        }

        Finding classify() {
            long s = expectedSeq;
            long f = failed.seq();
            if (failedLinks) {
                return Finding.at(Finding.Kind.EDITED, f, null); // its own fields (or number) changed
            }
            if (trusted > 0 && failed.prevHash().equals(prevPrev)) {
                return Finding.at(Finding.Kind.INSERTED, s - 1, null); // it links past the entry before it
            }
            if (next != null && next.prevHash().equals(expectedPrev) && !failedIsLinkedTo) {
                return Finding.at(Finding.Kind.INSERTED, f, null); // the next one links past it
            }
            if (belongsHereSeq != null || predecessorOfFailedSeq != null) {
                return Finding.at(Finding.Kind.REORDERED, f,
                        String.valueOf(belongsHereSeq != null ? belongsHereSeq : predecessorOfFailedSeq));
            }
            if (f > s) {
                return new Finding(Finding.Kind.DELETED, s, f - 1, null);
            }
            if (next == null) {
                return Finding.at(Finding.Kind.INSERTED, f, null); // put at the end by hand, linked to nothing here
            }
            if (!failedSelf || trusted == 0) {
                return Finding.at(Finding.Kind.EDITED, f, null);
            }
            return Finding.at(Finding.Kind.EDITED, s - 1, null); // changed and re-hashed: its successor no longer links
        }

        Optional<Finding> checkAnchor() {
            if (anchorSeq == 0) {
                return Optional.empty();
            }
            String recorded = purgeAnchors.get(anchorSeq);
            if (recorded != null && recorded.equals(anchorHash)) {
                return Optional.empty();
            }
            return Optional.of(new Finding(Finding.Kind.DELETED, 1, anchorSeq, null));
        }

        List<Finding> checkpointFindings(List<Checkpoint> checkpoints) {
            List<Finding> findings = new ArrayList<>();
            long head = lastSeq();
            for (Checkpoint checkpoint : checkpoints) {
                if (checkpoint.seq() == 0 || checkpoint.seq() <= anchorSeq) {
                    continue; // an empty chain, or entries purged since: nothing left to hold it against
                }
                if (failed == null && checkpoint.seq() > head) {
                    findings.add(new Finding(Finding.Kind.TAIL_REMOVED, head + 1, checkpoint.seq(),
                            String.valueOf(checkpoint.at())));
                    continue;
                }
                String hash = hashAtCheckpoint.get(checkpoint.seq());
                if (hash != null && !checkpoint.matches(hash)) {
                    findings.add(Finding.at(Finding.Kind.REWRITTEN, checkpoint.seq(), String.valueOf(checkpoint.at())));
                }
            }
            return findings.stream().distinct().sorted(Comparator.comparingLong(Finding::seq)).limit(1)
                    .toList();
        }

        long lastSeq() {
            return expectedSeq - 1;
        }

        private static String field(ChainedEntry row, String name) {
            for (FieldChange change : row.entry().changes()) {
                if (change.field().equals(name)) {
                    return change.after();
                }
            }
            return null;
        }
    }
}
