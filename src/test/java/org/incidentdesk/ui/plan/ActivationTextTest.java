package org.incidentdesk.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.MappingCheck;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.plan.ActivationCheck;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.junit.jupiter.api.Test;

/** The words of the activation question: what is replaced, what is not mapped, what would reach nobody. */
class ActivationTextTest {
    private static final ContingencyPlan COLLEGE = new BuiltInPlans().find("college").orElseThrow();
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static OfficePlan office(long id, String name, boolean active) {
        return new OfficePlan(id, name, "college", active, 2, 1, Instant.EPOCH, "a", Instant.EPOCH, "a");
    }

    @Test
    void withAnEmptyRosterEveryUnitIsUnmappedAndTheQuestionSaysSo() {
        MappingCheck mapping = MappingCheck.of(COLLEGE, new Roster(List.of(), List.of(), List.of()));
        ActivationCheck check = new ActivationCheck(office(2, "学院预案", false), COLLEGE,
                Optional.of(office(1, "县预案", true)), mapping);
        ActivationText text = new ActivationText(CHINESE);

        String message = text.message(check);

        assertTrue(message.startsWith("启用后，新发生的事件将按“学院预案”（第 2 版）处置，取代当前启用的“县预案”。"), message);
        assertTrue(message.contains("对应检查：7 个机构在通讯录中未对应：学院突发公共事件舆情处置应急领导小组、党委办公室"), message);
        assertTrue(message.contains("个角色在通讯录中无人担任：舆情处置应急领导小组、组长"), message);
        assertTrue(message.contains("条时限规则到时无人办理或接收：舆情报告时限（重大）"), message);
        assertTrue(message.contains("以下级别的预警无人可以发布：重大、较大、一般"), message);
        assertEquals("仍然启用", text.confirmLabel(check));
        assertEquals("启用“学院预案”？", text.title(check));
    }
}
