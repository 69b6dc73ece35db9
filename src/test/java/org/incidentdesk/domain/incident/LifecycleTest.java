package org.incidentdesk.domain.incident;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    @Test
    void theWholePathFromReportToArchiveIsLegalWithADecidedLevel() {
        List<IncidentPhase> path = List.of(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING, IncidentPhase.WARNING,
                IncidentPhase.RESPONSE, IncidentPhase.HANDLING, IncidentPhase.TRACKING, IncidentPhase.ENDED,
                IncidentPhase.AFTERMATH, IncidentPhase.REVIEW, IncidentPhase.ARCHIVED);
        for (int i = 1; i < path.size(); i++) {
            IncidentPhase from = path.get(i - 1);
            IncidentPhase to = path.get(i);
            assertDoesNotThrow(() -> Lifecycle.check(from, to, true), from + ">" + to);
        }
    }

    @Test
    void skippingAPhaseOrGoingBackIsRefusedWithBothPhases() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Lifecycle.check(IncidentPhase.RESPONSE, IncidentPhase.ASSESSING, true));
        assertEquals("incident.illegalTransition", e.violations().get(0).messageKey());
        assertEquals(List.of(IncidentPhase.RESPONSE, IncidentPhase.ASSESSING), e.violations().get(0).args());
        assertThrows(ValidationException.class, () -> Lifecycle.check(IncidentPhase.ARCHIVED, IncidentPhase.REVIEW, true));
    }

    @Test
    void onlyAFlareUpGoesBackFromTrackingToHandling() {
        assertEquals(List.of(IncidentPhase.HANDLING, IncidentPhase.ENDED), Lifecycle.next(IncidentPhase.TRACKING));
        assertEquals(List.of(), Lifecycle.next(IncidentPhase.ARCHIVED));
    }

    @Test
    void withoutALevelAWarningOrResponseIsNotOffered() {
        assertEquals(List.of(IncidentPhase.ENDED), Lifecycle.allowed(IncidentPhase.ASSESSING, false));
        assertEquals(List.of(IncidentPhase.WARNING, IncidentPhase.RESPONSE, IncidentPhase.ENDED),
                Lifecycle.allowed(IncidentPhase.ASSESSING, true));
    }

    @Test
    void numbersReadBackAsWritten() {
        IncidentNumber n = new IncidentNumber(2026, 17);
        assertEquals("2026-017", n.toString());
        assertEquals(n, IncidentNumber.parse("2026-017").orElseThrow());
        assertEquals(n, IncidentNumber.parse(" 2026-17 ").orElseThrow());
        assertEquals("2026-1234", new IncidentNumber(2026, 1234).toString());
        assertEquals(java.util.Optional.empty(), IncidentNumber.parse("17"));
        assertEquals(java.util.Optional.empty(), IncidentNumber.parse("2026-000"));
    }
}
