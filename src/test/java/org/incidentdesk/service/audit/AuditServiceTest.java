package org.incidentdesk.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.audit.Checkpoint;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.service.common.SimulatedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

@Tag("embedded") // an embedded office (its H2 file, its checkpoints): left out of the PostgreSQL run
class AuditServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-01-05T02:00:00Z");

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    private final SimulatedClock clock = new SimulatedClock(START, SHANGHAI);

    private AppContext open() {
        return AppContext.openEmbedded(dataDir, clock, SHANGHAI);
    }

    @Test
    void readingAndExportingTheAuditAreThemselvesAudited() throws Exception {
        try (AppContext office = open()) {
            Incident incident = office.incidents().intake(Intake.quick("网传城东小区停水", "inquiry"));
            String number = incident.number().toString();
            List<ChainedEntry> read = office.audit().read(new AuditQuery(null, number, null, null), 50);
            assertFalse(read.isEmpty());
            assertTrue(read.stream().allMatch(e -> number.equals(e.entry().entityId())), "only that incident's entries");

            Path csv = out.resolve("audit.csv");
            long rows = office.audit().exportCsv(new AuditQuery(null, number, null, null), csv, SHANGHAI);
            assertEquals(read.size(), rows);
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(text.contains(number) && text.contains("序号"), text);

            List<ChainedEntry> newest = office.audit().read(AuditQuery.ALL, 2);
            assertEquals("auditExported", newest.get(0).entry().action(), "the export, the newest entry");
            assertEquals("auditRead", newest.get(1).entry().action(), "and the first reading, before it");
            assertTrue(newest.get(0).entry().changes().stream()
                    .anyMatch(c -> c.field().equals("entityId") && number.equals(c.after())), "what was exported");
        }
    }

    @Test
    void anExportForAPeriodHoldsThatPeriodsEntriesOldestFirst() throws Exception {
        try (AppContext office = open()) {
            office.incidents().intake(Intake.quick("上周的事件", "inquiry"));
            clock.advance(Duration.ofDays(7));
            Instant from = clock.instant();
            office.incidents().intake(Intake.quick("本周的事件一", "inquiry"));
            clock.advance(Duration.ofHours(1));
            office.incidents().intake(Intake.quick("本周的事件二", "inquiry"));
            Instant until = clock.instant().plusSeconds(1);
            clock.advance(Duration.ofMinutes(1)); // the reading and the export are recorded after the period
            List<ChainedEntry> inPeriod = office.audit().read(new AuditQuery(null, null, from, until), 1000);

            Path csv = out.resolve("week.csv");
            long rows = office.audit().exportCsv(new AuditQuery(null, null, from, until), csv, SHANGHAI);

            assertEquals(inPeriod.size(), rows);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(rows + 1, lines.size(), "a header and one line an entry");
            List<Long> seqs = lines.stream().skip(1).map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                    .toList();
            assertEquals(inPeriod.stream().map(ChainedEntry::seq).sorted().toList(), seqs,
                    "the period's entries and no others, oldest first");
        }
    }

    @Test
    void aPurgeOfEntriesYoungerThan180DaysIsRefused() {
        try (AppContext office = open()) {
            clock.advance(Duration.ofDays(100));
            LocalDate tooRecent = LocalDate.ofInstant(START, SHANGHAI).plusDays(1);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> office.audit().purge(tooRecent, SHANGHAI));
            assertEquals("audit.purgeTooRecent", refused.violations().getFirst().messageKey());
            assertTrue(office.audit().verify(List.of()).intact());
        }
    }

    @Test
    void aPurgeOfOldEntriesKeepsTheChainVerifiable() {
        long before;
        try (AppContext office = open()) {
            office.incidents().intake(Intake.quick("旧事件", "inquiry"));
            before = office.audit().checkpoint().seq();
            clock.advance(Duration.ofDays(200));
            office.incidents().intake(Intake.quick("新事件", "inquiry"));
            AuditService.Purged purged = office.audit().purge(LocalDate.ofInstant(START, SHANGHAI).plusDays(1), SHANGHAI);
            assertEquals(before, purged.throughSeq(), "everything of the first day, and nothing after");
            assertTrue(purged.entries() > 0);
            AuditService.Verification verified = office.audit().verify(List.of());
            assertTrue(verified.intact(), verified.findings().toString());
        }
    }

    @Test
    void checkpointsAreWrittenOutsideTheDataDirectoryAtStartAndExitAndEveryHundredEntries() {
        Path log;
        try (AppContext office = open()) {
            log = office.audit().checkpointLog();
            assertFalse(log.startsWith(dataDir), "outside the data directory: " + log);
            int atStart = CheckpointFile.read(log).size();
            for (int i = 0; i < 30; i++) {
                office.incidents().intake(Intake.quick("事件" + i, "inquiry")); // several entries each
            }
            assertTrue(CheckpointFile.read(log).size() > atStart, "a checkpoint after the next hundred entries");
        }
        List<Checkpoint> all = CheckpointFile.read(log);
        Checkpoint last = all.getLast();
        try (AppContext office = open()) {
            assertEquals(office.audit().read(AuditQuery.ALL, 1).getFirst().seq(), last.seq(),
                    "the exit checkpoint saw the head");
        }
    }
}
