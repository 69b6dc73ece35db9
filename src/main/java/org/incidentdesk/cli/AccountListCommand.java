package org.incidentdesk.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.incidentdesk.domain.security.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code account list}: one account a line — name, display name, roles, clearance, state. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts. 列出账户。")
final class AccountListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    AccountCommand account;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return account.root.withServices(spec, (services, messages, out) -> {
            for (Account a : services.accounts().list()) {
                String roles = a.roles().stream().map(messages::name).collect(Collectors.joining("、"));
                String state = a.disabled() ? messages.get("account.cli.stateDisabled")
                        : services.accounts().lockedNow(a) ? messages.get("account.cli.stateLocked",
                                a.lockedUntil().atZone(services.zone()).format(TIME))
                        : messages.get("account.cli.stateActive");
                out.println(messages.get("account.cli.line", a.name(), a.displayName(), roles,
                        messages.name(a.clearance()), state));
            }
            return 0;
        });
    }
}
