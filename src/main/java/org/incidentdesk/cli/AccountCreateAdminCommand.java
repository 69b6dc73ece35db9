package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code account create-admin --name NAME --person PERSON}: the first account, while the office has none. */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = "Create the office's first account, its security administrator. 创建首位管理员（安全管理员）。")
final class AccountCreateAdminCommand implements Callable<Integer> {
    @ParentCommand
    AccountCommand account;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Account name. 账户名。")
    String name;

    @Option(names = "--person", required = true, paramLabel = "PERSON",
            description = "The roster person (name or id). 通讯录中的人员（姓名或编号）。")
    String person;

    @Override
    public Integer call() {
        RootCommand root = account.root;
        return root.withServices(spec, true, (services, messages, out) -> {
            Person who = AccountCommand.person(services.roster().load().people(), person);
            Account created = root.signIn().withNewPassword(
                    (password, repeat) -> services.accounts().createAdministrator(name, who.id(), password, repeat));
            out.println(messages.get("account.cli.created", created.name(), created.displayName()));
            return 0;
        });
    }
}
