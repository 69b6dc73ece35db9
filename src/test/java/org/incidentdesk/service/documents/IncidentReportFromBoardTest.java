package org.incidentdesk.service.documents;

import static org.incidentdesk.service.documents.PlanFormTest.squeeze;
import static org.incidentdesk.service.documents.PlanFormTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.service.incident.IncidentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 舆情信息报告 filled from an incident taken on the board, checked from the PDF's own text. */
class IncidentReportFromBoardTest {
    private static final String TITLE = "网传城东菜市场食品抽检不合格";
    private static final String WHERE = "城东农贸市场";
    private static final String SPREAD = "转发约一千二百次";

    private final IncidentFixture office = new IncidentFixture();
    private final BoardFormData board = new BoardFormData(office.incidents, office.clock, IncidentFixture.ZONE);
    private final DocumentService reports = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
            () -> new Actor("tester"), new DocumentComposer(new FontLibrary(List.of())), board);

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theFirstReportCarriesTheIncidentsTitleAndFacts() {
        Incident incident = office.incidents.intake(new Intake(TITLE, category(), null,
                OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(8)), new IncidentFacts(
                        new SevenWs("", WHERE, "", "自媒体账号发布抽检结果截图", "", "", ""), "网信部门转办",
                        null, "", "", "", List.of(), SPREAD, "", "")));

        String text = text(reports.preview(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id())));

        assertTrue(text.contains(TITLE), "title in " + text);
        assertTrue(text.contains(WHERE), "where in the seven Ws");
        assertTrue(text.contains(SPREAD), "spread");
        assertTrue(text.contains(squeeze("信息来源：网信部门转办")), "source");
        assertTrue(text.contains("首报"), "stage");
    }

    @Test
    void unknownFactsStayBlankAndTheHappenedTimeStandsInForWhen() {
        Incident incident = office.incidents.intake(new Intake(TITLE, category(), null,
                OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(8)), IncidentFacts.NONE));

        IncidentReportData data = board.report(incident.id(), IncidentReportData.Stage.FIRST, 1).orElseThrow();

        assertEquals(TITLE, data.eventName());
        assertTrue(data.facts().when().contains("8时30分") || data.facts().when().contains("08:30")
                || data.facts().when().contains("8时30"), data.facts().when());
        assertEquals(null, data.facts().where());
        assertEquals(null, data.spread());
        assertEquals(null, data.firstPublishedAt());
        assertTrue(data.otherMaterial().contains("事件级别：待研判"), data.otherMaterial());
        assertFalse(data.major());
    }

    @Test
    void anIncidentTheBoardDoesNotKnowIsRefusedByNumber() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> reports.preview(FormRequest.of(FormKind.FIRST_REPORT).forIncident(9999)));
        assertEquals("validation.report.noIncident", refused.violations().get(0).messageKey());
    }

    private String category() {
        return office.incidents.activeCategories().get(0).id();
    }
}
