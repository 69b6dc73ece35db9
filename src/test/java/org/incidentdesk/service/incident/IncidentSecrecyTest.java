package org.incidentdesk.service.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.security.SecrecyMark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An incident's secrecy mark (密级 with 保密期限): set in its form, recorded, and bounded by the account's clearance. */
class IncidentSecrecyTest {
    private final IncidentFixture office = new IncidentFixture();
    private final IncidentService incidents = office.incidents;

    @AfterEach
    void close() {
        office.close();
    }

    private IncidentService clearedTo(Secrecy clearance) {
        return office.incidentsAs(IncidentFixture.account("办公室丙", clearance, Role.OFFICE_STAFF));
    }

    private List<TimelineEntry> marks(long incidentId) {
        return incidents.detail(incidentId).timeline().stream()
                .filter(e -> e.fact() instanceof TimelineFact.SecrecyMarked).toList();
    }

    @Test
    void aMarkIsKeptRecordedOnceAndRenderedAsPrinted() {
        Incident incident = incidents.secrecy().intake(Intake.quick("涉密网络安全事件", "inquiry"),
                new SecrecyMark(Secrecy.CONFIDENTIAL, " 1年 "));
        assertEquals(new SecrecyMark(Secrecy.CONFIDENTIAL, "1年"), incident.secrecy());
        incidents.secrecy().mark(incident.id(), new SecrecyMark(Secrecy.CONFIDENTIAL, "1年"));

        List<TimelineEntry> entries = marks(incident.id());
        assertEquals(1, entries.size(), "the same mark again records nothing");
        assertEquals("标注密级：机密★1年",
                new TimelineRenderer(new Messages(Locale.CHINA), IncidentFixture.ZONE).render(entries.get(0)));

        incidents.secrecy().mark(incident.id(), SecrecyMark.NONE);
        assertEquals(SecrecyMark.NONE, incidents.detail(incident.id()).incident().secrecy());
        assertEquals("取消密级标注", new TimelineRenderer(new Messages(Locale.CHINA), IncidentFixture.ZONE)
                .render(marks(incident.id()).getLast()));
        assertTrue(office.audit().stream().anyMatch(a -> a.action().equals("secrecyMarked")
                && a.changes().stream().anyMatch(c -> c.field().equals("secrecy") && "CONFIDENTIAL".equals(c.before())
                        && "NONE".equals(c.after()))));
    }

    @Test
    void nobodyMarksAboveTheirClearanceNorChangesAMarkAboveIt() {
        IncidentService cleared = clearedTo(Secrecy.SECRET);
        Incident incident = incidents.intake(Intake.quick("某事件", "inquiry"));

        ValidationException above = assertThrows(ValidationException.class,
                () -> cleared.secrecy().mark(incident.id(), new SecrecyMark(Secrecy.CONFIDENTIAL, "1年")));
        assertEquals("incident.secrecyAboveClearance", above.violations().get(0).messageKey());
        assertEquals("密级：不能设定或更改高于本账号知悉范围的密级（机密，本账号可知悉至 秘密）",
                new Messages(Locale.CHINA).describe(above.violations().get(0)));
        cleared.secrecy().mark(incident.id(), new SecrecyMark(Secrecy.SECRET, null));

        incidents.secrecy().mark(incident.id(), new SecrecyMark(Secrecy.TOP_SECRET, "长期"));
        assertThrows(ValidationException.class, () -> cleared.secrecy().mark(incident.id(), SecrecyMark.NONE));
        assertEquals(new SecrecyMark(Secrecy.TOP_SECRET, "长期"), incidents.detail(incident.id()).incident().secrecy());
    }

    @Test
    void aRefusedMarkTakesNoReportAndUsesNoNumber() {
        IncidentService cleared = clearedTo(Secrecy.NONE);
        assertThrows(ValidationException.class, () -> cleared.secrecy().intake(Intake.quick("某事件", "inquiry"),
                new SecrecyMark(Secrecy.SECRET, null)));
        assertThrows(ValidationException.class, () -> incidents.secrecy().intake(Intake.quick("某事件", "inquiry"),
                new SecrecyMark(Secrecy.SECRET, "很".repeat(SecrecyMark.MAX_TERM + 1))));

        assertTrue(incidents.list().isEmpty());
        assertEquals("2026-001", incidents.intake(Intake.quick("下一件", "inquiry")).number().toString());
    }
}
