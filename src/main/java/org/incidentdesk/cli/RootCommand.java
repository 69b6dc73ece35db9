package org.incidentdesk.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.incidentdesk.service.importing.CellText;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.common.KeyEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code incidentdesk [--data-dir DIR] [--lang zh|en] [COMMAND]}; with no command it opens the window. */
@Command(name = "incidentdesk", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"IncidentDesk 应急处置工作台: contingency-plan workstation.",
                "Without a command, opens the workstation window. 不带子命令时打开工作台窗口。"})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (database, logs, backups). 数据目录。")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of messages and window. 界面语言。")
    String lang;

    @Option(names = "--db-key-stdin", description = {
            "Read the key of an encrypted database as one line of standard input (else INCIDENTDESK_DB_KEY, else the console).",
            "从标准输入读取一行作为加密数据库的密钥（否则读环境变量 INCIDENTDESK_DB_KEY，否则在终端上输入）。"})
    boolean keyFromStdin;

    @Option(names = "--user", paramLabel = "NAME", description = {
            "Account to sign in with, once the office has accounts (or INCIDENTDESK_USER).",
            "登录账户名（或环境变量 INCIDENTDESK_USER）；单位已创建账户后必须登录。"})
    String user;

    @Option(names = "--password-stdin", description = {
            "Read the password from the first line of standard input (else INCIDENTDESK_PASSWORD, else a prompt).",
            "从标准输入的第一行读取密码（否则取 INCIDENTDESK_PASSWORD，否则在终端提示输入）。"})
    boolean passwordStdin;

    @Option(names = "--db-url", paramLabel = "URL", description = {
            "The office's shared PostgreSQL database (jdbc:postgresql://server/database) instead of the embedded one;"
                    + " password from INCIDENTDESK_DB_PASSWORD.",
            "使用单位共享的 PostgreSQL 数据库，而不是本机内置数据库；密码取自环境变量 INCIDENTDESK_DB_PASSWORD。"})
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", description = "The account on the database server. 数据库账号。")
    String dbUser;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN_FILE", description = {
            "A plan file (.idplan, YAML) to import in the window: how the file manager opens one.",
            "在窗口中导入的预案文件（.idplan）。"})
    Path planFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliEnvironment environment;
    private BufferedReader standardInput;

    public RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Locale locale() {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The texts in the language of {@code --lang}; read once per command (the bundles are read as they are made). */
    public Messages messages() {
        Locale locale = locale();
        if (messages == null || !messages.locale().equals(locale)) {
            messages = new Messages(locale);
        }
        return messages;
    }

    private Messages messages;

    public CliEnvironment environment() {
        return environment;
    }

    /** The key of the data directory's database, asked for only when it is encrypted. */
    KeyEntry databaseKey() {
        return keyInput().existing(DatabaseKeyInput.KEY_VARIABLE, keyFromStdin);
    }

    DatabaseKeyInput keyInput() {
        return new DatabaseKeyInput(environment, this::standardInput, messages());
    }

    /**
     * Standard input, opened once per command: the database key ({@code --db-key-stdin}, needed before the database
     * opens) takes its first line, the account's password ({@code --password-stdin}) the next.
     */
    BufferedReader standardInput() {
        if (standardInput == null) {
            standardInput = environment.standardInput();
        }
        return standardInput;
    }

    boolean keyFromStdin() {
        return keyFromStdin;
    }

    /** What a subcommand does once the services are open; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(CliServices services, Messages messages, PrintWriter out);
    }

    /**
     * Opens the services of the data directory for a command. A database that stops answering (a write still
     * running after the bound: a damaged file can spin inside H2 forever) ends the command with exit 1 and says
     * what to do, instead of hanging (see {@link CliEnvironment#endStuckCommand}). A data directory on a network
     * file system is warned about: the embedded database needs a local disk.
     */
    CliServices openServices(picocli.CommandLine.Model.CommandSpec spec) {
        return openServices(spec, false);
    }

    /**
     * As {@link #openServices(CommandSpec)}, then signs in (see {@link CliSignIn}); {@code settingUp}: the command
     * is the one that ends set-up mode, so set-up mode is not announced.
     */
    CliServices openServices(picocli.CommandLine.Model.CommandSpec spec, boolean settingUp) {
        PrintWriter err = spec.commandLine().getErr();
        chooseDatabase(spec.commandLine());
        CliServices services = environment.open(dataDir, databaseKey());
        if (keyFromStdin && environment.databaseAlreadyOpen()) {
            char[] unneeded = databaseKey().enter(); // its line is read all the same: the password is the next one
            if (unneeded != null) {
                java.util.Arrays.fill(unneeded, '\0');
            }
        }
        services.whenDatabaseStops(seconds -> {
            err.println(messages().get("database.stuck", seconds, services.dataDir()));
            err.flush();
            environment.endStuckCommand(CliErrorHandler.EXIT_FAILURE);
        });
        environment.networkFileSystemOf(services.dataDir()).ifPresent(type -> {
            err.println(messages().get("datadir.network", services.dataDir(), type));
            err.flush();
        });
        try {
            signIn().signIn(services, settingUp);
        } catch (RuntimeException | Error refused) {
            services.close();
            throw refused;
        }
        return services;
    }

    /**
     * Signs in as {@link #openServices(CommandSpec)} does and checks that the account may do {@code permission}
     * (a refusal is audited there, as any), then closes the database again: who a command that works without the
     * office's database open (a restore replaces it, a drill runs in an office of its own) acts as. In set-up mode
     * (no accounts yet) that is the workstation.
     */
    org.incidentdesk.service.common.ActorSource signedIn(picocli.CommandLine.Model.CommandSpec spec,
                                                         org.incidentdesk.domain.security.Permission permission) {
        try (CliServices services = openServices(spec)) {
            org.incidentdesk.service.security.Access.require(services.actors(), permission);
            return org.incidentdesk.service.common.ActorSource.as(services.actors().principal());
        }
    }

    private CliSignIn signIn;

    /** How this command signs in, reading standard input at most once. */
    CliSignIn signIn() {
        if (signIn == null) {
            signIn = new CliSignIn(environment, messages(), user, passwordStdin, this::standardInput);
        }
        return signIn;
    }

    /** Runs {@code work} on the services of the data directory, closing them after. */
    int withServices(picocli.CommandLine.Model.CommandSpec spec, Work work) {
        return withServices(spec, false, work);
    }

    /** As {@link #withServices(CommandSpec, Work)}; {@code settingUp}: see {@link #openServices(CommandSpec, boolean)}. */
    int withServices(picocli.CommandLine.Model.CommandSpec spec, boolean settingUp, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        try (CliServices services = openServices(spec, settingUp)) {
            int exit = work.run(services, messages(), out);
            out.flush();
            return exit;
        }
    }

    @Override
    public Integer call() {
        chooseDatabase(spec.commandLine());
        environment.openWindow(dataDir, lang == null ? null : locale(), planFile);
        return 0;
    }

    /** Hands {@code --db-url} on; without it the data directory's settings choose (the embedded database by default). */
    private void chooseDatabase(CommandLine line) {
        if (dbUrl != null) {
            if (!dbUrl.startsWith("jdbc:postgresql:")) {
                throw new CommandLine.ParameterException(line,
                        "--db-url: 不是 PostgreSQL 数据库地址 / not a PostgreSQL database address"
                                + " (jdbc:postgresql://server/database): " + dbUrl);
            }
            environment.useSharedDatabase(dbUrl, dbUser);
        }
    }

    /** A path argument; one the file system cannot name (a NUL in it) is refused in words, not Java's. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("不是有效的文件路径 / not a valid file path: "
                    + CellText.forMessage(text, 200));
        }
    }

    /** Builds the full command tree. */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        return withSubcommands(environment, out, err, Subcommands.ALL);
    }

    /**
     * The command tree for one start of the program with {@code args}: only the top-level commands named in them
     * (see {@link Subcommands#namedIn}); a mistake the root itself reports (its usage lists every command) is
     * reported by the full tree, so what is printed is the same as with every command built.
     */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err,
            List<String> args) {
        List<Subcommands> named = Subcommands.namedIn(args);
        CommandLine line = withSubcommands(environment, out, err, named);
        if (named.size() < Subcommands.ALL.size()) {
            CommandLine.IParameterExceptionHandler usual = line.getParameterExceptionHandler();
            line.setParameterExceptionHandler((mistake, given) -> mistake.getCommandLine() == line
                    ? commandLine(environment, out, err).execute(given)
                    : usual.handleParseException(mistake, given));
        }
        return line;
    }

    private static CommandLine withSubcommands(CliEnvironment environment, PrintWriter out, PrintWriter err,
            List<Subcommands> subcommands) {
        RootCommand root = new RootCommand(environment);
        CommandLine line = new CommandLine(root);
        subcommands.forEach(subcommand -> line.addSubcommand(subcommand.create()));
        line.setOut(TerminalSafeWriter.wrap(out));
        line.setErr(TerminalSafeWriter.wrap(err));
        Caller caller = environment.caller();
        line.registerConverter(Path.class, text -> caller.resolve(path(text)));
        line.setExecutionExceptionHandler(new CliErrorHandler(root));
        line.setExecutionStrategy(parsed -> {
            int exit = new CommandLine.RunLast().execute(parsed);
            if (exit == 0 && root.signIn != null) {
                root.signIn.announceSetUpMode(line.getErr());
            }
            return exit;
        });
        return line;
    }
}
