package org.incidentdesk.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.ui.ViewModelFixture;
import org.incidentdesk.ui.common.DialogService.UnsavedAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan workspace's ViewModel on the demo office's plan, without the toolkit. */
class PlanViewModelTest {
    private ViewModelFixture fx;
    private PlanViewModel vm;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture();
        vm = fx.planViewModel();
        vm.refreshLists();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private long planId() {
        return vm.selectedProperty().get().officePlan().id();
    }

    @Test
    void opensOnTheOfficesActivePlanReadyToEdit() {
        assertTrue(vm.selectedProperty().get().officePlan().active());
        assertTrue(vm.draft().editableProperty().get());
        assertFalse(vm.draft().dirtyProperty().get());
        assertEquals(6, vm.templates().size());
    }

    @Test
    void leavingUnsavedEditsAsksFirstAndKeepsThemWhenTheUserStays() {
        vm.draft().edit(plan -> plan.withName("改过的预案名称"));
        assertTrue(vm.draft().dirtyProperty().get());
        PlanEntry template = vm.templates().get(0);

        fx.dialogs.answerUnsaved(UnsavedAnswer.KEEP_EDITING);
        assertFalse(vm.select(template), "the user chose to stay");
        assertEquals("改过的预案名称", vm.draft().draftProperty().get().name());
        assertEquals(fx.messages.get("planui.unsaved.title"), fx.dialogs.shown().get(0).title());

        long id = planId();
        fx.dialogs.answerUnsaved(UnsavedAnswer.DISCARD);
        assertTrue(vm.select(template));
        assertTrue(vm.selectedProperty().get().isTemplate());
        assertFalse(vm.hasUnsavedWork());
        assertEquals(1, fx.context.plans().officePlan(id).currentVersion(), "discarded, not stored");
        assertTrue(fx.dialogs.scriptUsedUp());
    }

    @Test
    void answeringSaveStoresTheEditsAsANewVersionAndThenShowsTheChosenPlan() {
        long id = planId();
        vm.draft().edit(plan -> plan.withName("切换前保存的"));
        PlanEntry template = vm.templates().get(0);

        fx.dialogs.answerUnsaved(UnsavedAnswer.SAVE);
        vm.select(template);

        assertEquals(2, fx.context.plans().officePlan(id).currentVersion());
        assertEquals("切换前保存的", fx.context.plans().current(id).plan().name());
        assertTrue(vm.selectedProperty().get().isTemplate(), "went on to the chosen plan");
        assertFalse(vm.hasUnsavedWork());
        assertTrue(fx.dialogs.scriptUsedUp());
    }

    @Test
    void aFailedSaveStaysOnThePlanWithItsEdits() {
        long id = planId();
        fx.context.plans().saveNewVersion(id, 1, fx.context.plans().current(id).plan().withName("另一台工作站保存的"));
        vm.draft().edit(plan -> plan.withName("我的修改"));
        PlanEntry template = vm.templates().get(0);

        fx.dialogs.answerUnsaved(UnsavedAnswer.SAVE).answerConfirm(false);
        assertFalse(vm.select(template));

        assertFalse(vm.selectedProperty().get().isTemplate(), "did not go on after the save failed");
        assertEquals("我的修改", vm.draft().draftProperty().get().name());
        assertTrue(vm.draft().dirtyProperty().get());
    }

    @Test
    void importingAfterAnsweringSaveStoresTheEditsBeforeTheFileIsChosen() {
        long id = planId();
        vm.draft().edit(plan -> plan.withName("导入前保存的"));

        fx.dialogs.answerUnsaved(UnsavedAnswer.SAVE).answer(null);
        vm.importFile();

        assertEquals("导入前保存的", fx.context.plans().current(id).plan().name());
        assertEquals("open", fx.dialogs.shown().get(fx.dialogs.shown().size() - 1).kind(), "the file chooser came next");
        assertFalse(vm.hasUnsavedWork());
    }

    @Test
    void aSaveStoresTheNextVersion() {
        long id = planId();
        vm.draft().edit(plan -> plan.withName("第二版"));
        vm.save();
        assertEquals(2, fx.context.plans().officePlan(id).currentVersion());
        assertEquals("第二版", fx.context.plans().current(id).plan().name());
        assertFalse(vm.draft().dirtyProperty().get());
        assertEquals(fx.messages.get("planui.notice.saved", 2), fx.dialogs.notices().get(0).text());
    }

    @Test
    void aStaleSaveStoresNothingAndOffersTheNewerVersion() {
        long id = planId();
        var other = fx.context.plans().current(id).plan().withName("另一台工作站保存的");
        fx.context.plans().saveNewVersion(id, 1, other);
        vm.draft().edit(plan -> plan.withName("我的修改"));

        fx.dialogs.answerConfirm(false);
        vm.save();
        assertEquals(fx.messages.get("planui.stale"), fx.dialogs.shown().get(0).text());
        assertEquals("另一台工作站保存的", fx.context.plans().current(id).plan().name(), "nothing overwritten");
        assertTrue(vm.draft().dirtyProperty().get(), "staying keeps the edit to copy it");

        fx.dialogs.answerConfirm(true);
        vm.save();
        assertFalse(vm.draft().dirtyProperty().get());
        assertEquals("另一台工作站保存的", vm.draft().draftProperty().get().name(), "the newer version is loaded");
        assertEquals(2, fx.context.plans().officePlan(id).currentVersion());
    }

    @Test
    void theTrialAssessmentRefusesFiguresThatAreNotNumbersAndAMissingDate() {
        PlanTrialViewModel.Assessment refused = vm.trial().assess(EventFacts.none(), Map.of(Metric.ATTENTION, "十万"), null);
        assertNull(refused.level());
        assertEquals(2, refused.reasons().size(), refused.reasons().toString());
        assertTrue(refused.reasons().get(0).contains("十万"), refused.reasons().get(0));

        PlanTrialViewModel.Assessment proposed = vm.trial().assess(EventFacts.none(), Map.of(Metric.ATTENTION, " 5 "),
                LocalDate.of(2026, 3, 2));
        assertNotNull(proposed.level(), proposed.reasons().toString());
    }

    @Test
    void aDeadlineWithAnUnreadableDurationIsRefusedAndTheDraftStaysAsItWas() {
        int index = firstTimedRule();
        DeadlineRule rule = vm.draft().draftProperty().get().deadlines().get(index);
        var before = vm.draft().draftProperty().get();

        Optional<String> problem =
                vm.draft().applyDeadlineForm(index, rule.action(), rule.by(), Timing.WITHIN, "两个钟", rule.from());
        assertEquals(Optional.of(fx.messages.get("planui.deadline.badDuration", "两个钟")), problem);
        assertEquals(before, vm.draft().draftProperty().get());

        assertEquals(Optional.empty(), vm.draft().applyDeadlineForm(index, rule.action(), rule.by(), Timing.WITHIN, "90分钟",
                rule.from()));
        assertEquals(Duration.ofMinutes(90), vm.draft().draftProperty().get().deadlines().get(index).duration());
        assertTrue(vm.draft().dirtyProperty().get());
        assertEquals(Optional.empty(), vm.draft().durationProblem(Timing.IMMEDIATELY, ""), "immediately needs no duration");
    }

    private int firstTimedRule() {
        var rules = vm.draft().draftProperty().get().deadlines();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).timing() == Timing.WITHIN) {
                return i;
            }
        }
        throw new AssertionError("the demo plan has no timed deadline");
    }
}
