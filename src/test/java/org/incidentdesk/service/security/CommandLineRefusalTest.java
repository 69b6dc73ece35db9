package org.incidentdesk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.incidentdesk.app.WindowCliEnvironment;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused action on the command line: one line naming the action and the roles needed, exit 2, nothing done. */
class CommandLineRefusalTest {
    @TempDir
    Path dir;
    private RoleOffice office;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        office = new RoleOffice(dir.resolve("office"));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private int run(String... args) {
        return RootCommand.commandLine(new WindowCliEnvironment(office.context), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void anObserverTakingAnIncidentIsRefusedWithExitTwo() {
        office.actAs(RoleOffice.account(Role.OBSERVER, null, null));
        assertEquals(2, run("incident", "new", "--title", "命令行接报的事件", "--category", "inquiry"));
        assertEquals("当前账号“account-observer”（观察员）无权登记事件：需要以下角色之一：领导、办公室。", err.toString().strip());
        office.actAsWorkstation();
        assertTrue(office.context.incidents().list().isEmpty(), "nothing was taken");
    }

    @Test
    void theIssuerFlagCannotLendASignedInAccountAPostItsPersonDoesNotHold() {
        Incident incident = office.intake("网传某校食堂视频");
        office.actAs(RoleOffice.account(Role.LEADER, office.person("何清岚").id(), null));
        assertEquals(2, run("warning", "issue", "--incident", incident.number().toString(), "--level", "I",
                "--scope", "全县", "--items", "话题扩散", "--measures", "值班", "--issuer", "commander", "--reason", "会商"));
        assertTrue(err.toString().contains("不担任预案岗位“总指挥”"), err.toString());
        office.actAsWorkstation();
        assertTrue(office.context.warnings().all().isEmpty(), "nothing was issued");
    }
}
