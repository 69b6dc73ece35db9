package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.service.account.AccountService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code account add NAME --person P --roles R,… [--clearance C] [--display-name D]}: the security administrator's. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account. 新增账户。")
final class AccountAddCommand implements Callable<Integer> {
    @ParentCommand
    AccountCommand account;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name. 账户名。")
    String name;

    @Option(names = "--person", required = true, paramLabel = "PERSON",
            description = "The roster person (name or id). 通讯录中的人员（姓名或编号）。")
    String person;

    @Option(names = "--roles", required = true, paramLabel = "ROLES",
            description = "Comma-separated, e.g. OFFICE_STAFF,LEADER or 办公室,领导. 角色，逗号分隔。")
    String roles;

    @Option(names = "--clearance", defaultValue = "NONE", paramLabel = "LEVEL",
            description = "NONE|SECRET|CONFIDENTIAL|TOP_SECRET (非密/秘密/机密/绝密); default NONE. 涉密等级。")
    String clearance;

    @Option(names = "--display-name", paramLabel = "TEXT",
            description = "Name in the record (default: the person's). 记录中显示的姓名。")
    String displayName;

    @Override
    public Integer call() {
        RootCommand root = account.root;
        return root.withServices(spec, (services, messages, out) -> {
            Person who = AccountCommand.person(services.roster().load().people(), person);
            AccountService.NewAccount spec = new AccountService.NewAccount(name, displayName, who.id(),
                    AccountCommand.roles(roles), AccountCommand.clearance(clearance));
            Account created = root.signIn().withNewPassword(
                    (password, repeat) -> services.accounts().create(spec, password, repeat));
            out.println(messages.get("account.cli.created", created.name(), created.displayName()));
            return 0;
        });
    }
}
