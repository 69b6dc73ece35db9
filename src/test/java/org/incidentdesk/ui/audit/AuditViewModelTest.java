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

    @Test
    void eachLineShowsItsOutcomeAndARefusalReadsAsRefused() {
        char[] admin = "Shouhu#2026".toCharArray();
        char[] observer = "Kanke#2026x".toCharArray();
        var people = fx.context.roster().load().people();
        fx.context.accounts().createAdministrator("anquan", people.getFirst().id(), admin.clone(), admin.clone());
        fx.context.accounts().signInOnThisThread("anquan", admin.clone());
        fx.context.accounts().create(new org.incidentdesk.service.account.AccountService.NewAccount("guancha", null,
                people.get(1).id(), java.util.Set.of(org.incidentdesk.domain.security.Role.OBSERVER),
                org.incidentdesk.domain.security.Secrecy.NONE), observer.clone(), null);
        fx.context.accounts().signOutThisThread();
        fx.context.accounts().signInOnThisThread("guancha", observer.clone());
        org.junit.jupiter.api.Assertions.assertThrows(org.incidentdesk.domain.security.AccessDenied.class,
                () -> fx.context.incidents().intake(Intake.quick("观察员不能登记", "inquiry")));
        fx.context.accounts().signOutThisThread();

        vm.activate(); // as the workstation itself, which reads everything

        AuditViewModel.Line refusal = vm.lines().stream().filter(l -> l.action().equals("accessDenied")).findFirst()
                .orElseThrow();
        assertEquals("拒绝（无权限）", refusal.outcome());
        assertTrue(refusal.changes().contains("permission: INCIDENT_CREATE"), refusal.changes());
        assertEquals(people.get(1).name(), refusal.actor());
        assertTrue(vm.lines().stream().filter(l -> l.action().equals("createAccount"))
                .allMatch(l -> l.outcome().equals("成功")));
    }
}
