package org.incidentdesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.ui.ViewModelFixture;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    private final ViewModelFixture fx = new ViewModelFixture();
    private final AuditViewModel vm = new AuditViewModel(fx.context.audit(), fx.tasks, fx.dialogs, fx.messages,
            WorkstationHarness.ZONE);

    @TempDir
    Path out;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void filtersByPersonSubjectAndDay() {
        String number = fx.context.incidents().intake(Intake.quick("网传城东小区停水", "inquiry")).number().toString();
        vm.activate();
        int all = vm.lines().size();
        assertTrue(all > 1);
        assertTrue(vm.lines().get(0).seq() > vm.lines().get(1).seq(), "newest first");

        vm.subjectProperty().set(number);
        vm.search();
        assertFalse(vm.lines().isEmpty());
        assertTrue(vm.lines().stream().allMatch(l -> l.subject().endsWith(number)), vm.lines().toString());
        assertTrue(vm.lines().size() < all);

        vm.subjectProperty().set("");
        vm.actorProperty().set("没有这个人");
        vm.search();
        assertEquals(0, vm.lines().size());

        LocalDate today = LocalDate.ofInstant(fx.time.clock().instant(), WorkstationHarness.ZONE);
        vm.actorProperty().set("");
        vm.fromProperty().set(today.plusDays(1));
        vm.search();
        assertEquals(0, vm.lines().size(), "nothing happened tomorrow");
        vm.fromProperty().set(today);
        vm.toProperty().set(today);
        vm.search();
        assertTrue(vm.lines().size() >= all, "today, both ends included (and the readings since)");
    }

    @Test
    void exportsWhatTheFilterSelectsAndVerifies() throws Exception {
        String number = fx.context.incidents().intake(Intake.quick("某校食堂舆情", "inquiry")).number().toString();
        vm.subjectProperty().set(number);
        Path csv = out.resolve("audit.csv");
        fx.dialogs.answer(csv);
        vm.export();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(number), text);
        assertTrue(vm.statusProperty().get().contains("已导出"), vm.statusProperty().get());

        vm.verify();
        assertEquals("info", fx.dialogs.shown().getLast().kind(), fx.dialogs.shown().toString());
        assertTrue(fx.dialogs.shown().getLast().text().contains("审计链完好"));
    }
}
