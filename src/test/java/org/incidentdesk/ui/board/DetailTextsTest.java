package org.incidentdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.service.incident.IncidentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The detail's wording of facts and tasks, read without the toolkit. */
class DetailTextsTest {
    private final IncidentFixture office = new IncidentFixture();
    private final DetailTexts texts = new DetailTexts(new Messages(Locale.SIMPLIFIED_CHINESE), IncidentFixture.ZONE);

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aTimeReportedInAnotherZoneKeepsItsOffsetAndTheOfficesDoesNot() {
        OffsetDateTime tokyo = OffsetDateTime.of(2026, 3, 1, 22, 0, 0, 0, ZoneOffset.ofHours(9));
        assertEquals("2026-03-01 22:00 (+09:00)", texts.reported(tokyo));
        assertEquals("2026-03-01 21:00", texts.reported(tokyo.withOffsetSameInstant(ZoneOffset.ofHours(8))));
    }

    @Test
    void theFactsNameEachFieldAndAnUnknownEventTimeSaysSo() {
        Incident incident = office.incidents.intake(Intake.quick("网传城东小区停水", "inquiry"));
        var facts = texts.facts(incident);
        assertEquals("密级", facts.get(0).label());
        assertEquals("非密", facts.get(0).value(), "an incident is unmarked until someone marks it");
        assertEquals("发现时间", facts.get(1).label());
        assertEquals(incident.discoveredAt().atZoneSameInstant(IncidentFixture.ZONE).toLocalDateTime().toString()
                .replace('T', ' '), facts.get(1).value());
        Incident marked = office.incidents.secrecy().mark(incident.id(),
                new org.incidentdesk.domain.security.SecrecyMark(org.incidentdesk.domain.security.Secrecy.CONFIDENTIAL,
                        "1年"));
        assertEquals("机密★1年", texts.facts(marked).get(0).value());
        assertTrue(facts.stream().noneMatch(f -> f.value() == null));
    }

    @Test
    void aTaskLineNamesTheUnitTheDueTimeInTheOfficesZoneAndTheStatus() {
        Incident incident = office.incidents.intake(Intake.quick("网传城东小区停水", "inquiry"));
        HandlingTask task = office.incidents.assignTask(incident.id(), office.memberUnit().id(), "答复网民",
                IncidentFixture.START.plus(Duration.ofHours(2)));
        String line = texts.task(task);
        String due = IncidentFixture.START.plus(Duration.ofHours(2)).atZone(IncidentFixture.ZONE)
                .format(DetailTexts.TIME);
        assertTrue(line.startsWith(office.memberUnit().name() + "：答复网民"), line);
        assertTrue(line.contains(due) && line.endsWith("[待办]"), line);
    }

    @Test
    void theTimelineFollowsTheWindowsLanguageAndKeepsAPersonsWordsVerbatim() {
        Incident incident = office.incidents.intake(Intake.quick("网传城东小区停水", "inquiry"));
        office.incidents.assignTask(incident.id(), office.memberUnit().id(), "DONE OPEN", null);
        office.incidents.advance(incident.id(), IncidentPhase.ASSESSING);
        List<TimelineEntry> rows = office.incidents.detail(incident.id()).timeline();
        DetailTexts english = new DetailTexts(new Messages(Locale.ENGLISH), IncidentFixture.ZONE);
        String unit = office.memberUnit().name();

        assertTrue(texts.timeline(rows.get(1)).endsWith("任务  " + "值班员甲" + "  交办 " + unit + "：DONE OPEN"),
                texts.timeline(rows.get(1)));
        assertTrue(english.timeline(rows.get(1)).endsWith("Task  " + "值班员甲" + "  Task for " + unit
                + ": DONE OPEN"), english.timeline(rows.get(1)));
        assertTrue(texts.timeline(rows.get(2)).endsWith("阶段  " + "值班员甲" + "  接报 → 研判"));
        assertTrue(english.timeline(rows.get(2)).endsWith("Phase  " + "值班员甲" + "  Received -> Assessing"),
                english.timeline(rows.get(2)));
    }

    @Test
    void aGeneratedHandoverReadsAsOneLineInTheBarWithoutASeparatorAfterAHeading() {
        assertEquals("在办事件：2026-001 网传停水（研判，III 较大）；已超时：无",
                HandoverBar.oneLine("在办事件：\n  2026-001 网传停水（研判，III 较大）\n已超时：无\n"));
    }
}
