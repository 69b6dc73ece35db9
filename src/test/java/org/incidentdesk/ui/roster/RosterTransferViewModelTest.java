package org.incidentdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roster import and export through their ViewModel, without the toolkit. */
class RosterTransferViewModelTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注\r\n";
    private ViewModelFixture fx;
    private RosterTransferViewModel vm;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture();
        vm = fx.rosterViewModel().transfer();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path gbkCsv(String body) throws IOException {
        Path file = fx.dataDir.resolve("import.csv");
        Files.write(file, (HEADER + body).getBytes(Charset.forName("GBK")));
        return file;
    }

    private int stored() {
        return fx.context.roster().load().people().size();
    }

    @Test
    void aFileWithABadRowIsPreviewedWithItsProblemAndCannotBeApplied() throws IOException {
        vm.previewImport(gbkCsv("""
                导入甲,县公安局,联络员,,13911110001,,,\r
                导入乙,县公安局,,,12345,,,\r
                """));
        ImportReview review = vm.importReviewProperty().get();
        assertFalse(review.canApply());
        ImportReview.Row bad = review.rows().get(1);
        assertEquals(3, bad.rowNumber(), "the header is row 1");
        assertTrue(String.join("\n", bad.problems()).contains("手机"), bad.problems().toString());

        vm.applyImport();
        assertEquals(0, fx.tasks.writes(), "a refused preview is never applied");
        assertEquals(30, stored());
    }

    @Test
    void aGoodFileIsAppliedOnTheWriteLaneAndReported() throws IOException {
        vm.previewImport(gbkCsv("导入甲,县公安局,联络员,,13911110001,,,\r\n导入丙,新设工作专班,,,13911110003,,,\r\n"));
        assertTrue(vm.importReviewProperty().get().canApply());
        vm.applyImport();
        assertNull(vm.importReviewProperty().get());
        assertEquals(1, fx.tasks.writes());
        assertEquals(32, stored());
        assertEquals(fx.messages.get("rosterio.cli.imported", 2, 0, 0, 1), fx.dialogs.lastNotice().text());
    }

    @Test
    void aCancelledImportWritesNothingAndSaysSo() throws IOException {
        vm.previewImport(gbkCsv("导入甲,县公安局,联络员,,13911110001,,,\r\n"));
        fx.tasks.cancelNextJob();
        vm.applyImport();
        assertEquals(30, stored());
        assertEquals(fx.messages.get("common.cancelled"), fx.dialogs.lastNotice().text());
        assertTrue(fx.dialogs.errors().isEmpty(), "a cancel is not an error");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedUnderTheImportTitle() {
        vm.previewImport(fx.dataDir.resolve("missing.csv"));
        assertNull(vm.importReviewProperty().get());
        assertEquals(1, fx.dialogs.errors().size());
        assertEquals(fx.messages.get("roster.import.failed"), fx.dialogs.errors().get(0).title());
        assertTrue(fx.dialogs.errors().get(0).text().contains("missing.csv"), fx.dialogs.errors().get(0).text());
    }

    @Test
    void exportAsksForTheFileAndWritesEveryone() throws IOException {
        Path target = fx.dataDir.resolve("roster.csv");
        fx.dialogs.answer(target);
        vm.exportFile();
        assertTrue(Files.readString(target).contains("沈一苇"));
        assertEquals(fx.messages.get("rosterio.cli.exported", 30, target.toString()), fx.dialogs.lastNotice().text());
    }
}
