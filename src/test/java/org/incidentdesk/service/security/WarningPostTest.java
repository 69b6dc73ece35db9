package org.incidentdesk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.warning.WarningDecisions;
import org.incidentdesk.service.warning.WarningRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed-in account acts on warnings as the post its roster person holds (the demo office's plan: 总指挥 顾远山
 * issues red and orange, 指挥长 何清岚 yellow and blue, the office 沈一苇 proposes), never as a post it merely names.
 */
class WarningPostTest {
    @TempDir
    Path dir;
    private RoleOffice office;
    private Incident incident;
    private WarningDecisions decisions;

    @BeforeEach
    void open() {
        office = new RoleOffice(dir.resolve("office"));
        incident = office.intake("网传某校食堂视频");
        decisions = office.context.warnings().decisions();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private WarningDraft draft(String levelId, String issuer) {
        return new WarningDraft(List.of(incident.id()), null, levelId, null, "全县中小学校", List.of("话题可能跨平台传播"),
                List.of("各成员单位24小时值班"), issuer, "值班会商");
    }

    private void signIn(Role role, String person) {
        office.actAs(RoleOffice.account(role, office.person(person).id(), null));
    }

    @Test
    void aLeaderIssuesOnTheirOwnPostsAuthority() {
        signIn(Role.LEADER, "何清岚");
        Warning yellow = decisions.issue(draft("III", null));
        assertEquals(WarningStatus.ACTIVE, yellow.status());
        assertEquals("chief", yellow.issuerRole());
    }

    @Test
    void aPostTheAccountsPersonDoesNotHoldIsRefusedThoughNamed() {
        signIn(Role.LEADER, "何清岚");
        WarningRefusal refused = assertThrows(WarningRefusal.class, () -> decisions.issue(draft("I", "commander")));
        assertEquals("access.issuerNotHeld", refused.violations().get(0).messageKey());
        WarningRefusal above = assertThrows(WarningRefusal.class, () -> decisions.issue(draft("I", null)),
                "指挥长 has no authority for red and does not propose");
        assertEquals("access.noIssuerPost", above.violations().get(0).messageKey());
        office.actAsWorkstation();
        assertEquals(List.of(), office.context.warnings().all(), "nothing issued");
    }

    @Test
    void theOfficeProposesAndOnlyALeaderWhosePostHasTheLevelApproves() {
        signIn(Role.OFFICE_STAFF, "沈一苇");
        Warning proposed = decisions.issue(draft("I", null));
        assertEquals(WarningStatus.PENDING_APPROVAL, proposed.status());
        assertEquals(Permission.WARNING_APPROVE,
                assertThrows(AccessDenied.class, () -> decisions.approve(proposed.id())).permission());

        signIn(Role.LEADER, "何清岚");
        assertEquals("warning.noAuthority",
                assertThrows(WarningRefusal.class, () -> decisions.approve(proposed.id())).violations().get(0).messageKey());

        signIn(Role.LEADER, "顾远山");
        assertEquals(WarningStatus.ACTIVE, decisions.approve(proposed.id()).status());
    }

    @Test
    void anAccountOfNoRosterPersonCannotActOnWarnings() {
        office.actAs(RoleOffice.account(Role.LEADER, null, null));
        assertEquals("access.noPerson",
                assertThrows(WarningRefusal.class, () -> decisions.issue(draft("III", "chief"))).violations().get(0)
                        .messageKey());
    }

    @Test
    void theWorkstationInSetUpModeStillActsAsThePostItNames() {
        Warning red = decisions.issue(draft("I", "commander"));
        assertEquals(WarningStatus.ACTIVE, red.status());
        assertEquals("commander", red.issuerRole());
    }
}
