package org.incidentdesk.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.warning.WarningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents issued from the board as acts on their incidents (dispatch rows, deadlines met), and what they say: the
 * notice names the post that decided and the level with its number, a report names its sender, a notice waits for
 * its warning's approval.
 */
class DocumentActsTest {
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));

    private final IncidentFixture office = new IncidentFixture();
    private final WarningService warnings = new WarningService(office.store, office.clock, office.actors(),
            office.events, office.plans, office.incidents, new LevelAssessor(), IncidentFixture.ZONE);
    private final DeadlineService deadlines = new DeadlineService(office.store, office.clock, office.actors(),
            office.events, office.plans, IncidentFixture.ZONE, AlertPolicy.DEFAULT);
    private final List<String> acts = new ArrayList<>();
    private final DocumentService reports = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
            office.actors(), COMPOSER, new BoardFormData(office.incidents, warnings, office.clock, IncidentFixture.ZONE),
            PlanFormData.none(), (incidentId, act, at, by) -> {
                acts.add(incidentId + " " + act + " " + by);
                deadlines.actDone(incidentId, act, at, by);
            }, office.events);

    @TempDir
    Path dir;

    DocumentActsTest() {
        deadlines.followIncidents();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private List<TimelineEntry> dispatches(long incidentId) {
        return office.incidents.detail(incidentId).timeline().stream()
                .filter(e -> e.kind() == TimelineKind.DISPATCH).toList();
    }

    private static String text(Path pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        PdfInspector.read(Files.readAllBytes(pdf)).forEach(p -> all.append(p.text()));
        return all.toString().replaceAll("\\s+", "");
    }

    @Test
    void anExportedFirstReportIsDispatchedAndMeetsTheFirstReportDeadlineOnce() {
        Incident incident = office.incidents.intake(Intake.quick("网传城南水厂停产", "inquiry"));
        office.actAs("值班员乙");

        IssuedPdf issued = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id()),
                dir.resolve("首报.pdf"));

        assertEquals(List.of(incident.id() + " REPORT_FIRST 值班员乙"), acts);
        Deadline first = deadlines.deadlines(incident.id()).stream()
                .filter(d -> d.action() == DeadlineAction.REPORT_FIRST).findFirst().orElseThrow();
        assertEquals(DeadlineState.MET, first.state());
        List<TimelineEntry> rows = dispatches(incident.id());
        assertEquals(1, rows.size());
        TimelineFact.DocumentDispatched fact = (TimelineFact.DocumentDispatched) rows.get(0).fact();
        assertEquals(issued.record().id(), fact.documentId());
        assertEquals(issued.record().number(), fact.number());
        assertEquals("EXPORT", fact.delivery());
        assertEquals("值班员乙", rows.get(0).actor());
    }

    @Test
    void aSampleIsNoActAndTakesNoNumber() {
        Incident incident = office.incidents.intake(Intake.quick("网传城南水厂停产", "inquiry"));

        IssuedPdf sample = reports.export(FormRequest.of(FormKind.FIRST_REPORT), dir.resolve("示例.pdf"));

        assertEquals(null, sample.record().number());
        assertTrue(acts.isEmpty());
        assertTrue(dispatches(incident.id()).isEmpty());
        IssuedPdf real = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id()),
                dir.resolve("首报.pdf"));
        assertEquals("网舆办〔2026〕1号", real.record().number(), "the sample left the series untouched");
    }

    @Test
    void theNoticeOfAWarningTheChiefIssuedNamesThePostAndTheLevelWithItsNumber() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("某校食堂视频", "hype"));
        Warning warning = warnings.decisions().issue(new WarningDraft(List.of(incident.id()), null, "III", null, "全县中小学校",
                List.of("话题可能跨平台传播"), List.of("各成员单位24小时值班"), "chief", "值班会商"));

        IssuedPdf notice = reports.export(FormRequest.of(FormKind.WARNING_ISSUE).forWarning(warning.id()),
                dir.resolve("预警通知.pdf"));

        String text = text(dir.resolve("预警通知.pdf"));
        assertTrue(text.contains("指挥长决定发布"), text);
        assertTrue(text.contains("黄色（III级）预警"), text);
        assertFalse(text.contains("办公室决定发布"), text);
        assertEquals(1, dispatches(incident.id()).size(), "the notice is a dispatch on the warning's incident");
        assertEquals(notice.record().number(),
                ((TimelineFact.DocumentDispatched) dispatches(incident.id()).get(0).fact()).number());
        assertTrue(acts.isEmpty(), "issuing the warning is the act; its notice meets no deadline");
    }

    @Test
    void aNoticeOfAWarningAwaitingApprovalIsRefusedAndTakesNoNumber() {
        Incident incident = office.incidents.intake(Intake.quick("某校食堂视频", "hype"));
        Warning proposed = warnings.decisions().issue(new WarningDraft(List.of(incident.id()), null, "II", null, "全县",
                List.of(), List.of(), "office", "热度上升"));
        assertEquals(WarningStatus.PENDING_APPROVAL, proposed.status());

        ValidationException refused = assertThrows(ValidationException.class, () -> reports.export(
                FormRequest.of(FormKind.WARNING_ISSUE).forWarning(proposed.id()), dir.resolve("通知.pdf")));

        assertEquals("validation.report.warningPending", refused.violations().get(0).messageKey());
        assertTrue(refused.violations().get(0).args().contains(proposed.number()));
        assertFalse(Files.exists(dir.resolve("通知.pdf")));
        assertTrue(dispatches(incident.id()).isEmpty());
        warnings.decisions().approve(proposed.id());
        assertEquals("网舆办〔2026〕1号", reports.export(FormRequest.of(FormKind.WARNING_ISSUE).forWarning(proposed.id()),
                dir.resolve("通知.pdf")).record().number(), "approved, it takes the first number: none was used up");
    }

    @Test
    void aReportNamesTheOfficeAsSenderAndTheCheckListsWhatIsStillToFill() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("网传城南水厂停产", "inquiry"));
        FormRequest request = FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id());

        IssueCheck check = reports.check(request);

        assertTrue(check.blanks().containsAll(List.of("何时", "何地", "何因", "何方式", "首发媒体")), check.blanks().toString());
        assertFalse(check.blanks().contains("报送单位"), check.blanks().toString());
        reports.export(request, dir.resolve("首报.pdf"));
        String text = text(dir.resolve("首报.pdf"));
        assertTrue(text.contains("报送单位：" + reports.office().officeName()), text);
        assertFalse(text.contains("何如"), "何方式 is not printed as the handling: " + text);
    }
}
