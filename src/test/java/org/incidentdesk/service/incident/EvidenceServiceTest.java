package org.incidentdesk.service.incident;

import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.EvidenceKind;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceServiceTest {
    private final IncidentFixture office = new IncidentFixture();

    @TempDir
    Path dataDir;

    @TempDir
    Path desktop;

    @AfterEach
    void close() {
        office.close();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileIsCopiedIntoTheDataDirectoryWithItsHashAndWhoCapturedIt() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("有害信息", "hype"));
        byte[] bytes = "截图内容 screenshot bytes".getBytes(StandardCharsets.UTF_8);
        Path screenshot = Files.write(desktop.resolve("帖子截图.PNG"), bytes);
        EvidenceService evidence = office.evidence(dataDir);

        Evidence kept = evidence.attachFile(incident.id(), screenshot, "删帖前截图");

        assertEquals(sha256(bytes), kept.sha256());
        assertEquals(bytes.length, kept.size());
        assertEquals("帖子截图.PNG", kept.originalName());
        assertEquals("值班员甲", kept.capturedBy());
        assertEquals(IncidentFixture.START, kept.capturedAt());
        Path stored = evidence.path(kept);
        assertEquals(dataDir.resolve("evidence"), stored.getParent());
        assertTrue(stored.getFileName().toString().endsWith(".png"));
        assertArrayEquals(bytes, Files.readAllBytes(stored));
        assertFalse(Files.getPosixFilePermissions(stored).contains(PosixFilePermission.OWNER_WRITE),
                "evidence is kept read-only");
        Files.delete(screenshot);
        assertTrue(evidence.check().isEmpty(), "the copy does not depend on the original");
        var timeline = office.incidents.detail(incident.id()).timeline();
        assertEquals(TimelineKind.EVIDENCE, timeline.getLast().kind());
        assertEquals(kept.id(), ((TimelineFact.EvidenceAttached) timeline.getLast().fact()).evidenceId());
    }

    @Test
    void tamperedAndMissingFilesAreReported() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("有害信息", "hype"));
        EvidenceService evidence = office.evidence(dataDir);
        Evidence first = evidence.attachFile(incident.id(), Files.writeString(desktop.resolve("a.txt"), "原文一"), "");
        Evidence second = evidence.attachFile(incident.id(), Files.writeString(desktop.resolve("b.txt"), "原文二"), "");
        Evidence untouched = evidence.attachFile(incident.id(), Files.writeString(desktop.resolve("c.txt"), "原文三"), "");

        Path tampered = evidence.path(first);
        tampered.toFile().setWritable(true);
        Files.writeString(tampered, "改过的");
        Files.delete(evidence.path(second));

        List<EvidenceService.Problem> problems = evidence.check();
        assertEquals(List.of(first.id(), second.id()), problems.stream().map(p -> p.evidence().id()).toList());
        assertEquals(EvidenceService.Problem.Kind.CHANGED, problems.get(0).kind());
        assertEquals(sha256("改过的".getBytes(StandardCharsets.UTF_8)), problems.get(0).actualSha256());
        assertNotEquals(first.sha256(), problems.get(0).actualSha256());
        assertEquals(EvidenceService.Problem.Kind.MISSING, problems.get(1).kind());
        assertTrue(problems.stream().noneMatch(p -> p.evidence().id() == untouched.id()));
    }

    @Test
    void checkingAnIncidentsEvidenceRecordsWhichFilesChangedOnItsTimelineAndInTheAudit() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("有害信息", "hype"));
        Incident other = office.incidents.intake(Intake.quick("另一事件", "hype"));
        EvidenceService evidence = office.evidence(dataDir);
        Evidence shot = evidence.attachFile(incident.id(), Files.writeString(desktop.resolve("截图.png"), "原图"), "");
        evidence.attachFile(incident.id(), Files.writeString(desktop.resolve("原帖.txt"), "原文"), "");
        Evidence elsewhere = evidence.attachFile(other.id(), Files.writeString(desktop.resolve("他处.txt"), "别的"), "");
        evidence.path(elsewhere).toFile().setWritable(true);
        Files.writeString(evidence.path(elsewhere), "改过");

        EvidenceService.CheckResult intact = evidence.check(incident.id());
        assertEquals(2, intact.files());
        assertTrue(intact.problems().isEmpty(), "another incident's file is not this incident's problem");

        evidence.path(shot).toFile().setWritable(true);
        Files.writeString(evidence.path(shot), "改过的图");
        EvidenceService.CheckResult found = evidence.check(incident.id());
        assertEquals(List.of(shot.id()), found.problems().stream().map(p -> p.evidence().id()).toList());

        List<TimelineFact.EvidenceChecked> checks = office.incidents.detail(incident.id()).timeline().stream()
                .map(TimelineEntry::fact).filter(TimelineFact.EvidenceChecked.class::isInstance)
                .map(TimelineFact.EvidenceChecked.class::cast).toList();
        assertEquals(List.of(new TimelineFact.EvidenceChecked(2, List.of(), List.of()),
                new TimelineFact.EvidenceChecked(2, List.of("截图.png"), List.of())), checks);
        var renderer = new org.incidentdesk.domain.incident.TimelineRenderer(
                new org.incidentdesk.domain.common.Messages(java.util.Locale.SIMPLIFIED_CHINESE), IncidentFixture.ZONE);
        assertEquals("校验证据文件 2 个：1 个有问题（已被改动：截图.png；已不在证据目录中：—）",
                renderer.describe(checks.get(1)));
        assertTrue(office.store.inTransaction(s -> s.audit().recent(20)).stream()
                .anyMatch(a -> a.action().equals("evidenceChecked")
                        && a.changes().stream().anyMatch(c -> String.valueOf(c.after()).contains("截图.png"))));
    }

    @Test
    void aRefusedAttachmentLeavesNoFileBehind() throws Exception {
        EvidenceService evidence = office.evidence(dataDir);
        Path file = Files.writeString(desktop.resolve("a.txt"), "x");
        assertThrows(ValidationException.class, () -> evidence.attachFile(424242, file, ""));
        try (var files = Files.list(dataDir.resolve("evidence"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void linksMustBeWebAddresses() {
        Incident incident = office.incidents.intake(Intake.quick("有害信息", "hype"));
        EvidenceService evidence = office.evidence(dataDir);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> evidence.attachLink(incident.id(), "file:///etc/passwd", ""));
        assertEquals("evidence.notALink", refused.violations().get(0).messageKey());

        Evidence link = evidence.attachLink(incident.id(), " https://weibo.example.invalid/p/1 ", "原帖");
        assertEquals(EvidenceKind.LINK, link.kind());
        assertEquals("https://weibo.example.invalid/p/1", link.url());
        assertTrue(evidence.check().isEmpty(), "links have no bytes to check");
    }
}
