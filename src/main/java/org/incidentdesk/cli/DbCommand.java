package org.incidentdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code incidentdesk db copy|encrypt|change-key|connection}: the office's database as a whole (moving to a shared
 * PostgreSQL database; encryption of the embedded file at rest; how H2's own tools open it).
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The database as a whole: copy it to a shared PostgreSQL database, encrypt it, change its key, "
                + "show how H2's tools open it. 数据库整体操作：复制到共享的 PostgreSQL 数据库、加密、更换密钥、H2 工具的打开方式。",
        subcommands = {DbCopyCommand.class, DbKeyCommands.Encrypt.class, DbKeyCommands.ChangeKey.class,
                DbKeyCommands.Connection.class})
final class DbCommand {
    @ParentCommand
    RootCommand root;
}
