package org.incidentdesk.service.escalation;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineFact;
import org.junit.jupiter.api.Test;

/**
 * An incident's change and the deadlines it derives are one transaction (issue 17): the deadlines exist when the
 * change returns, and a failure while deriving them leaves the incident as it was. The failure is real: the test
 * reaches the in-memory database over plain JDBC and adds a constraint the deadline write breaks.
 */
class ChangeWithDeadlinesTest {

    @Test
    void theDeadlinesOfAnIntakeExistWhenTheIntakeReturns() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            Incident incident = office.intake("inquiry", Duration.ofMinutes(30), Duration.ofMinutes(10));

            assertFalse(office.deadlines.deadlines(incident.id()).isEmpty(), "derived in the intake's transaction");
            assertTrue(office.incidents.detail(incident.id()).timeline().getFirst().fact()
                    instanceof TimelineFact.Intake, "the intake is recorded before its consequences");
        }
    }

    @Test
    void aFailureDerivingTheDeadlinesOfAnIntakeStoresNoIncident() throws SQLException {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            List<IncidentChanged> announced = new ArrayList<>();
            office.events.subscribe(IncidentChanged.class, announced::add);
            sql(office, "ALTER TABLE incident_deadline ADD CONSTRAINT ck_test_no_deadline CHECK (id < 0)");

            assertThrows(RuntimeException.class,
                    () -> office.intake("inquiry", Duration.ofMinutes(30), Duration.ofMinutes(10)));

            assertTrue(office.incidents.list().isEmpty(), "the incident rolled back with its deadlines");
            assertEquals(0, count(office, "SELECT COUNT(*) FROM incident_timeline"));
            assertEquals(0, count(office, "SELECT COUNT(*) FROM audit_log WHERE entity = 'incident'"));
            assertTrue(announced.isEmpty(), "a change that rolled back announces nothing");

            sql(office, "ALTER TABLE incident_deadline DROP CONSTRAINT ck_test_no_deadline");
            Incident taken = office.intake("inquiry", Duration.ofMinutes(30), Duration.ofMinutes(10));
            assertEquals("2026-001", taken.number().toString(), "the failed intake used no number");
        }
    }

    @Test
    void aFailureClosingTheDeadlinesOfAnEndingLeavesTheIncidentOpen() throws SQLException {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            Incident incident = office.intake("inquiry", Duration.ofMinutes(30), Duration.ofMinutes(10));
            office.incidents.advance(incident.id(), IncidentPhase.ASSESSING);
            List<Deadline> before = office.deadlines.deadlines(incident.id());
            assertTrue(before.stream().anyMatch(d -> d.state().isOpen()), "open deadlines to close: " + before);
            int entries = office.incidents.detail(incident.id()).timeline().size();
            sql(office, "ALTER TABLE incident_deadline ADD CONSTRAINT ck_test_no_close CHECK (state IN ('OPEN', 'OVERDUE'))");

            assertThrows(RuntimeException.class, () -> office.incidents.advance(incident.id(), IncidentPhase.ENDED));

            assertEquals(IncidentPhase.ASSESSING, office.incidents.detail(incident.id()).incident().phase());
            assertEquals(before, office.deadlines.deadlines(incident.id()), "no deadline closed");
            assertEquals(entries, office.incidents.detail(incident.id()).timeline().size(), "no move recorded");
            assertTrue(office.deadlines.deadlines(incident.id()).stream()
                    .noneMatch(d -> d.state() == DeadlineState.SUPERSEDED));
        }
    }

    private static void sql(DeadlineFixture office, String statement) throws SQLException {
        try (Connection c = connect(office); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(DeadlineFixture office, String query) throws SQLException {
        try (Connection c = connect(office); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect(DeadlineFixture office) throws SQLException {
        return TestDatabase.connect(office.database);
    }
}
