package org.incidentdesk.service.documents;

import static org.incidentdesk.service.documents.PlanFormTest.squeeze;
import static org.incidentdesk.service.documents.PlanFormTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.incident.IncidentStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 统一口径（定稿）: only the version a leader approved prints as final, with who approved it. */
class StatementFinalPrintTest {
    private final IncidentFixture office = new IncidentFixture();
    private final DocumentService documents = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
            () -> new Actor("值班员甲"), new DocumentComposer(new FontLibrary(List.of())),
            new BoardFormData(office.incidents, office.clock, IncidentFixture.ZONE));
    private final IncidentStatements statements = office.incidents.statements();
    private final Incident incident = office.incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
    private final FormRequest request = FormRequest.of(FormKind.STATEMENT).forIncident(incident.id());

    @TempDir
    Path out;

    @AfterEach
    void close() {
        office.close();
    }

    private void refusedAsNotApproved(Path file) {
        ValidationException refused = assertThrows(ValidationException.class, () -> documents.export(request, file));
        assertEquals("validation.report.noApprovedStatement", refused.violations().get(0).messageKey());
        assertFalse(Files.exists(file), "nothing is written");
    }

    @Test
    void aDraftASubmittedOrAReturnedVersionIsNotPrintedAsFinal() {
        Statement draft = statements.draft(incident.id(), "网传情况正在核实。");
        refusedAsNotApproved(out.resolve("草稿.pdf"));
        statements.submit(draft.id());
        refusedAsNotApproved(out.resolve("待审.pdf"));
        statements.returnForChanges(draft.id(), "请写明核实单位");
        refusedAsNotApproved(out.resolve("退回.pdf"));
        assertThrows(ValidationException.class, () -> documents.preview(request));
        assertTrue(documents.recentlyIssued(10).isEmpty());
    }

    @Test
    void theApprovedVersionPrintsWithItsApproverEvenWhileANewerDraftIsOpen() throws Exception {
        Statement first = statements.draft(incident.id(), "经核查，网传停水系管道计划检修。\n预计今日18时恢复供水。");
        statements.submit(first.id());
        office.actAs("带班领导乙");
        statements.approve(first.id(), null);
        office.actAs("值班员甲");
        statements.revise(first.id(), "尚未审批的新说法");

        Path file = out.resolve("统一口径.pdf");
        IssuedPdf issued = documents.export(request, file);
        String text = text(issued.pdf());

        assertTrue(text.contains(squeeze("关于网传某小区停水的统一口径")), text);
        assertTrue(text.contains("经核查，网传停水系管道计划检修。"), text);
        assertTrue(text.contains("预计今日18时恢复供水。"), text);
        assertFalse(text.contains("尚未审批的新说法"), "a draft never prints as final");
        assertTrue(text.contains(squeeze("本口径为第1稿，经带班领导乙于")), text);
        assertEquals("statement", issued.record().form());
        assertTrue(Files.size(file) > 0);
    }
}
