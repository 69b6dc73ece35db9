package org.incidentdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk db copy}: the office's database as a whole (moving to a shared PostgreSQL database). */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The database as a whole: copy it to a shared PostgreSQL database. 数据库整体操作：复制到共享的 PostgreSQL 数据库。",
        subcommands = {DbCopyCommand.class})
final class DbCommand {
    @ParentCommand
    RootCommand root;
}
