package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code account reset-password NAME}: the security administrator gives a new password (and lifts a lock). */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Give an account a new password (also lifts a lock). 重置密码（并解除锁定）。")
final class AccountResetPasswordCommand implements Callable<Integer> {
    @ParentCommand
    AccountCommand account;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name. 账户名。")
    String name;

    @Override
    public Integer call() {
        RootCommand root = account.root;
        return root.withServices(spec, (services, messages, out) -> {
            root.signIn().withNewPassword((password, repeat) -> {
                services.accounts().resetPassword(name, password, repeat);
                return null;
            });
            out.println(messages.get("account.cli.passwordReset", name.strip()));
            return 0;
        });
    }
}
