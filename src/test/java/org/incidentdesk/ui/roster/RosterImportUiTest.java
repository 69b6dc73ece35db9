package org.incidentdesk.ui.roster;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RosterImportUiTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注\r\n";
    private WorkstationHarness harness;
    private RosterViewModel viewModel;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        MainWindow window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        viewModel = ((RosterWorkspace) window.workspaces().get(0)).viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** A CSV as Excel writes it on Chinese Windows: GBK bytes, CRLF line ends. */
    private Path gbkCsv(String body) throws IOException {
        Path file = harness.dataDir().resolve("import.csv");
        Files.write(file, (HEADER + body).getBytes(Charset.forName("GBK")));
        return file;
    }

    private List<Person> people() {
        return harness.context().roster().load().people();
    }

    @Test
    void aFileWithOneBadRowIsRefusedAndTheRosterStaysUnchanged(FxRobot robot) throws IOException {
        waitUntil(() -> viewModel.visiblePeople().size() == 30);
        List<Person> before = people();
        Path file = gbkCsv("""
                导入甲,县公安局,联络员,,13911110001,,,\r
                导入乙,县公安局,,,12345,,,\r
                导入丙,县保密局,,,13911110003,,,\r
                """);
        robot.interact(() -> viewModel.transfer().previewImport(file));
        waitUntil(() -> robot.lookup("#import-preview-table").tryQuery().isPresent());

        TableView<ImportReview.Row> table = robot.lookup("#import-preview-table").queryTableView();
        assertEquals(1, table.getItems().size(), "at first only the rows with problems are shown");
        assertEquals("有问题的行：1 行（共 3 行）", robot.lookup("#import-problem-count").queryAs(Label.class).getText());
        robot.clickOn("#import-problems-only");
        assertEquals(3, table.getItems().size());
        ImportReview.Row bad = table.getItems().get(0);
        assertEquals(List.of(2, 4),
                table.getItems().stream().skip(1).map(ImportReview.Row::rowNumber).toList(),
                "the problem row comes first, the others follow in file order");
        assertEquals(3, bad.rowNumber(), "the header is row 1, so the second person is on row 3");
        assertEquals("导入乙", bad.name(), "GBK names are decoded");
        assertTrue(String.join("\n", bad.problems()).contains("手机"), bad.problems().toString());
        assertTrue(robot.lookup("#import-apply").queryButton().isDisabled());
        assertTrue(robot.lookup("#import-summary").queryAs(Label.class).getText().contains("未导入任何数据"));

        robot.clickOn("#import-cancel");
        harness.drain();
        assertEquals(before, people());
    }

    @Test
    void anUpdatedPersonShowsWhatChanges(FxRobot robot) throws IOException {
        waitUntil(() -> viewModel.visiblePeople().size() == 30);
        Person before = people().stream().filter(p -> p.name().equals("许晨阳")).findFirst().orElseThrow();
        Path file = gbkCsv("许晨阳,县公安局,联络员," + before.officePhone() + ",13900009999," + before.email() + ",,"
                + before.notes() + "\r\n");
        robot.interact(() -> viewModel.transfer().previewImport(file));
        waitUntil(() -> robot.lookup("#import-preview-table").tryQuery().isPresent());

        TableView<ImportReview.Row> table = robot.lookup("#import-preview-table").queryTableView();
        ImportReview.Row row = table.getItems().get(0);
        assertEquals("更新", row.action());
        assertEquals(List.of("手机：" + before.mobile() + " → 13900009999"), row.changes());
        assertTrue(robot.lookup("#import-problems-only").queryAs(javafx.scene.control.CheckBox.class).isDisabled(),
                "nothing to filter when no row has a problem");
        robot.clickOn("#import-cancel");
    }

    @Test
    void theFileDialogShowsCsvAndXlsxTogetherFirst() {
        var first = viewModel.transfer().openTypes().get(0);
        assertEquals(List.of("*.xlsx", "*.csv"), first.patterns());
    }

    @Test
    void aGoodFileLandsWhole(FxRobot robot) throws IOException {
        waitUntil(() -> viewModel.visiblePeople().size() == 30);
        Path file = gbkCsv("""
                导入甲,县公安局,联络员,,13911110001,,,\r
                导入丙,新设工作专班,,,13911110003,,,\r
                """);
        robot.interact(() -> viewModel.transfer().previewImport(file));
        waitUntil(() -> robot.lookup("#import-apply").tryQuery().isPresent());
        Button apply = robot.lookup("#import-apply").queryButton();
        assertTrue(!apply.isDisabled());
        robot.clickOn(apply);
        waitUntil(() -> people().size() == 32);
        assertTrue(harness.context().roster().load().unitNamed("新设工作专班").isPresent());
        waitUntil(() -> viewModel.visiblePeople().size() == 32);
    }
}
