package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.service.backup.BackupFile;
import org.incidentdesk.service.backup.BackupManifest;
import org.incidentdesk.service.backup.BackupReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incidentdesk backup [--out FILE]}: a consistent backup of the database with its manifest and SHA-256
 * (FILE.sha256 beside it); without {@code --out}, into the backup folder, rotated like the scheduled ones.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the database (with a manifest and SHA-256). 备份数据库（附清单和 SHA-256 校验值）。")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The backup file (default: a new file in the backup folder). 备份文件。")
    Path out;

    @Override
    public Integer call() {
        return root.withServices(spec, (services, messages, printed) -> {
            Path file;
            BackupManifest manifest;
            if (out == null) {
                file = services.backups().backupNow(BackupReason.MANUAL);
                manifest = BackupFile.verify(file);
            } else {
                file = out.toAbsolutePath();
                manifest = services.backups().backupTo(file);
            }
            printed.println(messages.get("backup.cli.written", file, manifest.schemaVersion(),
                    manifest.tableCount(), manifest.totalRows(),
                    BackupFile.sidecar(file)));
            return 0;
        });
    }
}
