package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code account disable NAME} and {@code account enable NAME}. */
abstract class AccountStateCommand implements Callable<Integer> {
    @ParentCommand
    AccountCommand account;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name. 账户名。")
    String name;

    abstract boolean disable();

    @Override
    public Integer call() {
        return account.root.withServices(spec, (services, messages, out) -> {
            var changed = disable() ? services.accounts().disable(name) : services.accounts().enable(name);
            out.println(messages.get(disable() ? "account.cli.disabled" : "account.cli.enabled", changed.name()));
            return 0;
        });
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account. 停用账户。")
    static final class Disable extends AccountStateCommand {
        @Override
        boolean disable() {
            return true;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable an account again. 启用账户。")
    static final class Enable extends AccountStateCommand {
        @Override
        boolean disable() {
            return false;
        }
    }
}
