package org.incidentdesk.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.incidentdesk.cli.RootCommand;

/** The one entry point: the command line, which opens the window when no command is given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        int exit = RootCommand.commandLine(new AppEnvironment(List.of(args), System.out, System.err), out, err,
                List.of(args)).execute(args);
        out.flush();
        err.flush();
        System.exit(exit);
    }
}
