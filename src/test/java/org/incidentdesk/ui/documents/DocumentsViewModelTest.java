package org.incidentdesk.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.BoardFormData;
import org.incidentdesk.service.documents.DocumentReprints;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 文书 workspace's incident chooser on real services, without the JavaFX toolkit. */
class DocumentsViewModelTest {
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));

    private final IncidentFixture office = new IncidentFixture();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DocumentService reports = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
            () -> new Actor("文书员"), COMPOSER, new BoardFormData(office.incidents, office.clock, IncidentFixture.ZONE));
    private final DocumentsViewModel model = new DocumentsViewModel(reports,
            new DocumentReprints(office.store, office.clock, () -> new Actor("文书员")), office.incidents,
            new SyncTaskRunner(), dialogs, new Messages(Locale.SIMPLIFIED_CHINESE), IncidentFixture.ZONE, Runnable::run);
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        office.close();
    }

    private String previewText() {
        StringBuilder all = new StringBuilder();
        PdfInspector.read(model.currentPdf().bytes()).forEach(p -> all.append(p.text()));
        return all.toString().replaceAll("\\s+", "");
    }

    private List<String> labels() {
        return model.incidents().stream().map(c -> c.sample() ? "示例" : c.number() + " " + c.title()).toList();
    }

    @Test
    void openIncidentsComeFirstThenClosedOnesThenTheSample() {
        Incident ended = office.incidents.intake(Intake.quick("已平息的旧事件", "inquiry"));
        office.incidents.advance(ended.id(), IncidentPhase.ASSESSING);
        office.incidents.advance(ended.id(), IncidentPhase.ENDED);
        Incident older = office.incidents.intake(Intake.quick("城西停水", "inquiry"));
        Incident newer = office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));

        model.activate();

        assertEquals(List.of(newer.number() + " 网传食堂卫生问题", older.number() + " 城西停水",
                ended.number() + " 已平息的旧事件", "示例"), labels());
        assertEquals(newer.id(), model.incidentProperty().get().incidentId(), "the newest open incident is chosen");

        model.incidentQueryProperty().set("停水");
        assertEquals(List.of(older.number() + " 城西停水", "示例"), labels(), "search by title keeps the sample");
        model.incidentQueryProperty().set(ended.number().toString());
        assertEquals(List.of(ended.number() + " 已平息的旧事件", "示例"), labels(), "search by number");
    }

    @Test
    void choosingAnIncidentFillsThePreviewFromItAndMarksWhatItLacks() {
        Incident incident = office.incidents.intake(new Intake("网传城东菜市场食品抽检不合格", "inquiry", null, null,
                new IncidentFacts(new SevenWs("", "城东农贸市场", "", "", "", "", ""), "网信部门转办", null, "", "", "",
                        List.of(), "", "", "")));
        office.incidents.intake(Intake.quick("另一起事件", "hype"));
        model.activate();
        model.selectedProperty().set(FormKind.FIRST_REPORT);

        model.incidentProperty().set(model.incidents().stream()
                .filter(c -> !c.sample() && c.incidentId() == incident.id()).findFirst().orElseThrow());

        String text = previewText();
        assertTrue(text.contains("网传城东菜市场食品抽检不合格"), text);
        assertTrue(text.contains("城东农贸市场"), "the seven Ws' where");
        assertTrue(text.contains("（待填）"), "what the board does not know is left to fill in by hand");
        assertFalse(text.contains("另一起事件"));
        assertEquals(incident.id(), model.request().incidentId());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void theSampleStaysTheInventedSample() {
        office.incidents.intake(Intake.quick("网传城东菜市场食品抽检不合格", "inquiry"));
        model.activate();
        model.selectedProperty().set(FormKind.FIRST_REPORT);
        String fromIncident = previewText();

        model.incidentProperty().set(IncidentChoice.SAMPLE);

        assertTrue(model.request().sample());
        assertNull(model.request().incidentId());
        String sample = previewText();
        assertFalse(sample.contains("网传城东菜市场食品抽检不合格"), "the sample does not borrow the incident's title");
        assertTrue(fromIncident.contains("网传城东菜市场食品抽检不合格"));
        assertFalse(sample.equals(fromIncident));
    }

    @Test
    void withoutIncidentsTheSampleIsChosenAndTheBoardCanAskForAnIncidentLater() {
        model.activate();
        assertTrue(model.incidentProperty().get().sample(), "nothing on the board: the sample");

        Incident incident = office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        model.selectedProperty().set(FormKind.ROSTER);
        model.openIncident(incident.id());
        model.activate();

        assertEquals(FormKind.FIRST_REPORT, model.selectedProperty().get(), "the board opens the incident forms");
        assertEquals(incident.id(), model.incidentProperty().get().incidentId());
        assertTrue(previewText().contains("网传食堂卫生问题"));
    }

    @Test
    void aFormTheIncidentCannotFillSaysSoInThePreviewWithoutADialog() {
        Incident incident = office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        model.activate();
        assertEquals(FormKind.FIRST_REPORT, model.selectedProperty().get(), "with an incident the 首报 opens first");

        model.selectedProperty().set(FormKind.BULLETIN);

        assertNull(model.currentPdf());
        assertTrue(model.pages().isEmpty());
        String problem = model.problemProperty().get();
        assertTrue(problem.startsWith("网络舆情通报暂不能从事件 " + incident.number() + " 的台账生成"), problem);
        assertTrue(dialogs.errors().isEmpty(), "no dialog for each click on a form");
    }

    @Test
    void beforeANumberIsTakenTheBlanksAreListedAndTheDefaultNameIsTheFormsWithTheIncidentNumber() {
        Incident incident = office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        model.activate();
        model.selectedProperty().set(FormKind.FIRST_REPORT);
        assertEquals("首报-" + incident.number() + ".pdf", model.defaultFileName());
        dialogs.answerConfirm(false);

        model.export(dir.resolve("first.pdf"));

        String asked = dialogs.shown().stream().filter(d -> d.kind().equals("confirm")).findFirst().orElseThrow().text();
        assertTrue(asked.contains("（待填）") && asked.contains("何因") && asked.contains("首发媒体"), asked);
        assertFalse(Files.exists(dir.resolve("first.pdf")));
        model.incidentProperty().set(IncidentChoice.SAMPLE);
        assertEquals("首报-示例.pdf", model.defaultFileName());
        model.selectedProperty().set(FormKind.ROSTER);
        assertEquals("通讯录.pdf", model.defaultFileName());
    }

    @Test
    void theUrgencyChosenForOneFormIsNotCarriedToTheNext() {
        office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        model.activate();
        model.selectedProperty().set(FormKind.FIRST_REPORT);
        model.urgencyProperty().set(org.incidentdesk.report.Urgency.EXTRA_URGENT);

        model.selectedProperty().set(FormKind.FOLLOW_UP_REPORT);

        assertEquals(org.incidentdesk.report.Urgency.NONE, model.urgencyProperty().get());
    }

    @Test
    void theWorkspaceOpensOnTheIncidentSelectedOnTheBoardNotTheNewest() {
        Incident selected = office.incidents.intake(Intake.quick("城西停水", "inquiry"));
        office.incidents.intake(Intake.quick("网传食堂卫生问题（最新）", "hype"));
        Long[] onBoard = {selected.id()};
        model.followBoardSelection(() -> onBoard[0]);

        model.activate();

        assertEquals(selected.id(), model.incidentProperty().get().incidentId());
        assertEquals(FormKind.FIRST_REPORT, model.selectedProperty().get());
        model.incidentProperty().set(IncidentChoice.SAMPLE);
        model.activate();
        assertTrue(model.incidentProperty().get().sample(), "the person's own choice stays while the board's is unchanged");
    }

    @Test
    void anIssuedReportIsListedForItsIncidentAndExportedAgainWithItsNumber() throws Exception {
        Incident incident = office.incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        office.incidents.intake(Intake.quick("另一起事件", "inquiry"));
        model.activate();
        model.selectedProperty().set(FormKind.FIRST_REPORT);
        model.incidentProperty().set(model.incidents().stream()
                .filter(c -> !c.sample() && c.incidentId() == incident.id()).findFirst().orElseThrow());
        assertTrue(model.issuing().issued().isEmpty());

        dialogs.answerConfirm(false);
        model.export(dir.resolve("first.pdf")); // the confirmation lists the blanks; the answer is no
        assertFalse(Files.exists(dir.resolve("first.pdf")), "nothing issued without a yes");
        assertTrue(model.issuing().issued().isEmpty());
        dialogs.answerConfirm(true);
        model.export(dir.resolve("first.pdf"));
        assertEquals(1, model.issuing().issued().size());
        var first = model.issuing().issued().get(0);
        String number = first.number();
        assertTrue(model.issuing().describe(first).startsWith(number + "\n"), model.issuing().describe(first));
        model.issuing().exportAgain(first, dir.resolve("again.pdf"));

        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        assertEquals(List.of(number), model.issuing().issued().stream().map(d -> d.number()).toList(), "no new number");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("first.pdf")),
                Files.readAllBytes(dir.resolve("again.pdf"))));
        model.incidentProperty().set(model.incidents().stream()
                .filter(c -> !c.sample() && c.incidentId() != incident.id()).findFirst().orElseThrow());
        assertTrue(model.issuing().issued().isEmpty(), "the other incident has issued nothing");
    }
}
