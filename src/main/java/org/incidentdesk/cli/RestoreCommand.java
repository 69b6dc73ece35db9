package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.backup.RestoreService;
import org.incidentdesk.service.common.ActorSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incidentdesk restore FILE}: puts a backup back as the database. Refused, with nothing changed, while the
 * window (or another command) has the database open and when the file fails any check; the database it replaces
 * is kept under the name printed. The command signs in first ({@code --user}, {@code --password-stdin}; set-up mode
 * while the office has no accounts) and restoring is the system administrator's; the sign-in closes the database
 * again before the restore replaces it. Standard input: the database key ({@code --db-key-stdin}), the password,
 * then the key of an encrypted backup.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the database from a backup file (close the window first). 从备份文件恢复数据库（先关闭工作台窗口）。")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.idbackup). 备份文件。")
    Path file;

    @Override
    public Integer call() {
        var messages = root.messages();
        var out = spec.commandLine().getOut();
        // a data directory with no database yet has no accounts: set-up mode, as the operating-system user
        ActorSource acting = root.environment().hasDatabase(root.dataDir()) ? root.signedIn(spec, Permission.BACKUP_RESTORE)
                : ActorSource.operatingSystemUser();
        RestoreService.Restored restored = root.environment().restorer(root.dataDir(), acting)
                .restore(file.toAbsolutePath(), root.databaseKey());
        out.println(messages.get("restore.cli.done", file, restored.manifest().created().toString(),
                restored.manifest().schemaVersion(), restored.manifest().totalRows()));
        restored.keptAside().ifPresent(kept -> out.println(messages.get("restore.cli.keptAside", kept)));
        out.flush();
        return 0;
    }
}
