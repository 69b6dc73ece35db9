package org.incidentdesk.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidentdesk account create-admin|add|list|disable|enable|reset-password}: local accounts. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Local accounts: the first administrator, add, list, disable, reset a password. 本地账户管理。",
        subcommands = {AccountCreateAdminCommand.class, AccountAddCommand.class, AccountListCommand.class,
                AccountStateCommand.Disable.class, AccountStateCommand.Enable.class, AccountResetPasswordCommand.class})
public final class AccountCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    static CommandLine create() {
        return new CommandLine(new AccountCommand());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), root.messages().get("account.cli.missingSubcommand"));
    }

    /** The roster person {@code text} names: an id, or a name that only one person has. */
    static Person person(List<Person> people, String text) {
        String wanted = text.strip();
        List<Person> matching = people.stream()
                .filter(p -> wanted.equals(String.valueOf(p.id())) || wanted.equals(p.name())).toList();
        if (matching.size() == 1) {
            return matching.getFirst();
        }
        throw new ValidationException(List.of(Violation.of("account.person",
                matching.isEmpty() ? "account.cli.noSuchPerson" : "account.cli.personAmbiguous", wanted,
                matching.size())));
    }

    /** Roles written as their names in either language or as constants ({@code OFFICE_STAFF}), comma-separated. */
    static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split("[,，、]")) {
            if (!part.isBlank()) {
                roles.add(constant(Role.class, part, "account.roles"));
            }
        }
        return roles;
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
        String wanted = text.strip();
        List<Messages> languages = List.of(new Messages(Locale.SIMPLIFIED_CHINESE), new Messages(Locale.ENGLISH));
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted.replace('-', '_'))
                    || languages.stream().anyMatch(m -> m.name(constant).equalsIgnoreCase(wanted))) {
                return constant;
            }
        }
        List<String> known = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            known.add(constant.name());
        }
        throw new ValidationException(List.of(Violation.of(field, "account.cli.unknownValue", wanted,
                String.join(", ", known))));
    }

    static Secrecy clearance(String text) {
        return constant(Secrecy.class, text, "account.clearance");
    }
}
