package org.incidentdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code incidentdesk roster import|export}. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Contact roster: import and export. 通讯录导入导出。")
public final class RosterCommand {
    static CommandLine create() {
        return new CommandLine(new RosterCommand());
    }
}
