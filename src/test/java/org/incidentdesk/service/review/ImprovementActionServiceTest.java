package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.ActionState;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImprovementActionServiceTest {
    private final ReviewWrittenFixture office = new ReviewWrittenFixture();
    private final ImprovementActionService actions = office.review.actions();

    @AfterEach
    void close() {
        office.close();
    }

    private ImprovementAction anAction(Incident incident) {
        Lesson lesson = office.review.lessons().add(incident.id(), LessonKind.PROBLEM, "首报迟报30分钟",
                List.of(office.timeline(incident.id()).getFirst().id()));
        return actions.add(incident.id(), lesson.id(), "修订值班接报流程，接报后10分钟内电话报告",
                office.unitWithLiaison(), office.today().plusDays(10));
    }

    @Test
    void anActionIsNotDoneWithoutEvidenceAndTheRefusalSaysSoInBothLanguages() {
        Incident incident = office.intake("网传某校食堂问题");
        ImprovementAction action = anAction(incident);

        ValidationException blank = assertThrows(ValidationException.class,
                () -> actions.close(action.id(), action.version(), "  "));
        assertEquals("actionEvidence", blank.violations().getFirst().field());
        assertEquals("整改佐证：整改措施“修订值班接报流程，接报后10分钟内电话报告”须填写佐证材料（如文件文号、记录、整改结果）后才能标记为已完成",
                new Messages(Locale.SIMPLIFIED_CHINESE).describe(blank.violations().getFirst()));
        assertTrue(new Messages(Locale.ENGLISH).describe(blank.violations().getFirst())
                .startsWith("Evidence: improvement action \"修订值班接报流程"));
        assertThrows(ValidationException.class, () -> actions.close(action.id(), action.version(), null));
        assertEquals(ActionState.OPEN, actions.actions(incident.id()).getFirst().state(), "nothing was written");

        ImprovementAction done = actions.close(action.id(), action.version(), "县网信办〔2026〕3号通知已印发");
        assertEquals(ActionState.DONE, done.state());
        assertEquals("县网信办〔2026〕3号通知已印发", done.evidence());
        assertEquals("值班员甲", done.doneBy());
        assertNull(done.nextAlertAt(), "a done action reminds no one");
        assertEquals(List.of("close", "create"), office.audit("reviewAction").stream().map(a -> a.action()).toList());
    }

    @Test
    void aStaleEditIsRefusedAndNamesWhoChangedIt() {
        Incident incident = office.intake("网传某小区停水");
        ImprovementAction read = anAction(incident);
        ImprovementAction changed = actions.update(read.id(), read.version(), "修订接报流程（第二稿）", read.owner(),
                office.today().plusDays(12));

        StaleDataException stale = assertThrows(StaleDataException.class,
                () -> actions.update(read.id(), read.version(), "我的旧稿", read.owner(), office.today().plusDays(3)));
        assertEquals("值班员甲", stale.changedBy().orElseThrow());
        assertThrows(StaleDataException.class, () -> actions.close(read.id(), read.version(), "已完成"));
        ImprovementAction now = actions.actions(incident.id()).getFirst();
        assertEquals("修订接报流程（第二稿）", now.text());
        assertEquals(changed.version(), now.version());
        assertEquals(ActionState.OPEN, now.state());
    }

    @Test
    void anOwnerMustBeARosterUnitOrAPlanRoleAndTheDateNotPast() {
        Incident incident = office.intake("网传某路段积水");
        ValidationException unknownUnit = assertThrows(ValidationException.class, () -> actions.add(incident.id(),
                null, "完善排水预警", ActionOwner.unit(99_999, "不存在的单位"), office.today().plusDays(5)));
        assertEquals("review.action.unknownUnit", unknownUnit.violations().getFirst().messageKey());
        ValidationException unknownRole = assertThrows(ValidationException.class, () -> actions.add(incident.id(),
                null, "完善排水预警", ActionOwner.role("no-such-role", "?"), office.today().plusDays(5)));
        assertEquals("review.action.unknownRole", unknownRole.violations().getFirst().messageKey());
        ValidationException past = assertThrows(ValidationException.class, () -> actions.add(incident.id(), null,
                "完善排水预警", office.unitWithLiaison(), office.today().minusDays(1)));
        assertEquals("review.action.dueInPast", past.violations().getFirst().messageKey());

        ActionOwner office_ = actions.ownerChoices(incident.id()).stream()
                .filter(o -> o.kind() == org.incidentdesk.domain.review.OwnerKind.ROLE && o.ref().equals("office"))
                .findFirst().orElseThrow();
        ImprovementAction byRole = actions.add(incident.id(), null, "完善排水预警", office_, office.today());
        assertEquals(office.review.actions().dueAt(office.today()), byRole.dueAt());
        assertEquals(LocalDate.ofInstant(byRole.dueAt().minusSeconds(1), ReviewWrittenFixture.ZONE), office.today(),
                "due at the end of the chosen day in the office's zone");
        assertEquals(1, actions.actions(incident.id()).size(), "the refused ones stored nothing");
    }
}
