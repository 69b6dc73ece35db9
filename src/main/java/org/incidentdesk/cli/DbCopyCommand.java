package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import org.incidentdesk.service.sharing.DatabaseCopyService.CopyReport;
import org.incidentdesk.service.sharing.DatabaseCopyService.TableCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incidentdesk db copy --to URL}: copies the embedded database into a new, empty PostgreSQL database and
 * proves the copy: each table's rows and hash on both sides are printed and compared. Exit 0 when every table
 * matches, 1 when one does not (the copy is then not to be used), 2 when the target is refused (not PostgreSQL, not
 * empty). The password is asked for ({@code --password} without a value), or taken from
 * {@value #PASSWORD_VARIABLE}, so it need not stand in the shell's history.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy this workstation's database into a new, empty PostgreSQL database and prove the copy "
                + "(rows and a hash per table). 把本机数据库复制到新建的空 PostgreSQL 数据库，并逐表核对行数和哈希。")
final class DbCopyCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "INCIDENTDESK_DB_PASSWORD";
    private static final int HASH_SHOWN = 16;

    @ParentCommand
    DbCommand db;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The new database, e.g. jdbc:postgresql://server/incidentdesk. 目标数据库地址。")
    String url;

    @Option(names = "--user", paramLabel = "NAME", description = "The account on the server. 数据库账号。")
    String user;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "Ask for the account's password (or set " + PASSWORD_VARIABLE + "). 询问密码。")
    char[] password;

    @Override
    public Integer call() {
        RootCommand root = db.root;
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        String secret = password != null ? new String(password) : java.util.Objects.requireNonNullElse(root.environment().variable(PASSWORD_VARIABLE), "");
        CopyReport report;
        try {
            report = root.environment().databaseCopy(root.dataDir(), root.databaseKey()).copyTo(url, user, secret);
        } catch (DatabaseCopyService.CopyFailure e) {
            throw new CliFailure("dbcopy.failed", e, e.target(), e.getCause().getMessage());
        }
        out.println(messages.get("dbcopy.cli.header", report.source(), report.target()));
        for (TableCheck table : report.tables()) {
            out.println(String.format("%-32s %9d %9d  %s  %s  %s", table.table(), table.sourceRows(),
                    table.targetRows(), shown(table.sourceHash()), shown(table.targetHash()),
                    messages.get(table.matches() ? "dbcopy.cli.same" : "dbcopy.cli.differs")));
        }
        boolean proven = report.proven();
        out.println(messages.get(proven ? "dbcopy.cli.proven" : "dbcopy.cli.notProven", report.tables().size(),
                report.rows(), report.target()));
        out.flush();
        return proven ? 0 : CliErrorHandler.EXIT_FAILURE;
    }

    private static String shown(String hash) {
        return hash.substring(0, Math.min(HASH_SHOWN, hash.length()));
    }
}
