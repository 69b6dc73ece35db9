package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.service.atrest.DatabaseEncryptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incidentdesk db encrypt|change-key|connection}: encryption of the embedded database at rest (close the window
 * first), and how to open the database with H2's own tools.
 */
final class DbKeyCommands {
    private DbKeyCommands() {
    }

    private static DatabaseEncryptionService service(RootCommand root) {
        return root.environment().encryption(root.dataDir());
    }

    /** {@code db encrypt}: the key from INCIDENTDESK_DB_KEY, {@code --db-key-stdin} or the console (twice). */
    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = "Encrypt the database with a key (a new data directory gets an encrypted database). "
                    + "用密钥加密数据库（新的数据目录则建立加密的数据库）。")
    static final class Encrypt implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RootCommand root = db.root;
            DatabaseEncryptionService service = service(root);
            service.encrypt(root.keyInput().fresh(DatabaseKeyInput.KEY_VARIABLE, root.keyFromStdin()));
            spec.commandLine().getOut().println(root.messages().get("dbkey.cli.encrypted", service.dataDir()));
            return 0;
        }
    }

    /**
     * {@code db change-key}: the current key as for every command, the new one from INCIDENTDESK_NEW_DB_KEY,
     * {@code --new-key-stdin} (the line after the current key's, when both come from standard input) or the console.
     */
    @Command(name = "change-key", mixinStandardHelpOptions = true,
            description = "Re-encrypt the database with a new key. 用新密钥重新加密数据库。")
    static final class ChangeKey implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Option(names = "--new-key-stdin", description = {
                "Read the new key as a line of standard input (else INCIDENTDESK_NEW_DB_KEY, else the console).",
                "从标准输入读取一行作为新密钥（否则读环境变量 INCIDENTDESK_NEW_DB_KEY，否则在终端上输入）。"})
        boolean newKeyFromStdin;

        @Override
        public Integer call() {
            RootCommand root = db.root;
            service(root).changeKey(root.databaseKey(),
                    root.keyInput().fresh(DatabaseKeyInput.NEW_KEY_VARIABLE, newKeyFromStdin));
            spec.commandLine().getOut().println(root.messages().get("dbkey.cli.changed"));
            return 0;
        }
    }

    /** {@code db connection}: the JDBC URL, user and password H2's Shell or Console open the database with. */
    @Command(name = "connection", mixinStandardHelpOptions = true,
            description = "Print the JDBC URL, user and password for H2's own tools (the key of an encrypted one is asked). "
                    + "显示用 H2 自带工具打开数据库所需的 JDBC URL、用户名和密码（加密的数据库需输入密钥）。")
    static final class Connection implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RootCommand root = db.root;
            DatabaseEncryptionService.H2Login login = service(root).h2Login(root.databaseKey());
            var out = spec.commandLine().getOut();
            out.println("url=" + login.url());
            out.println("user=" + login.user());
            out.println("password=\"" + login.password() + "\"");
            out.println(root.messages().get(login.encrypted() ? "dbkey.cli.passwordEncrypted" : "dbkey.cli.passwordPlain"));
            out.flush();
            return 0;
        }
    }
}
