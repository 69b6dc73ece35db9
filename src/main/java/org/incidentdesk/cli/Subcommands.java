package org.incidentdesk.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level commands, in the order the usage lists them. picocli builds a command's whole model (every option,
 * converter and usage text, by reflection) when it is added, which was about a third of a short command's start-up
 * ({@code incident list}, JFR, 2026-12-07); a start builds only the commands its arguments name.
 */
enum Subcommands {
    ROSTER(RosterCommand.class, RosterCommand::create),
    PLAN(PlanCommand.class, PlanCommand::create),
    INCIDENT(IncidentCommand.class, IncidentCommand::create),
    WARNING(WarningCommand.class, WarningCommand::create),
    DRILL(DrillCommand.class, DrillCommand::create),
    REVIEW(ReviewCommand.class, ReviewCommand::create),
    REPORT(ReportCommand.class, ReportCommand::create),
    AUDIT(AuditCommand.class, AuditCommand::create),
    ACCOUNT(AccountCommand.class, AccountCommand::create),
    BACKUP(BackupCommand.class, () -> new CommandLine(new BackupCommand())),
    RESTORE(RestoreCommand.class, () -> new CommandLine(new RestoreCommand())),
    DB(DbCommand.class, () -> new CommandLine(new DbCommand()));

    static final List<Subcommands> ALL = List.of(values());
    private static final Set<String> HELP = Set.of("-h", "--help");

    private final Class<?> type;
    private final Supplier<CommandLine> factory;

    Subcommands(Class<?> type, Supplier<CommandLine> factory) {
        this.type = type;
        this.factory = factory;
    }

    /** Its name on the command line, as its {@code @Command} gives it (read without building its model). */
    String commandName() {
        return type.getAnnotation(Command.class).name();
    }

    CommandLine create() {
        return factory.get();
    }

    /**
     * The commands whose names occur anywhere in {@code args} (an option's value that happens to be a command's
     * name is parsed as it always was: that command is there); every command when none is named (the window, the
     * root's own usage) or when help is asked for, whose usage lists them.
     */
    static List<Subcommands> namedIn(List<String> args) {
        if (args.stream().anyMatch(HELP::contains)) {
            return ALL;
        }
        List<Subcommands> named = Arrays.stream(values()).filter(c -> args.contains(c.commandName())).toList();
        return named.isEmpty() ? ALL : named;
    }
}
