package org.incidentdesk.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.Map;

/**
 * Where the command line can read a database key from: the environment, standard input, the console (null when
 * there is no terminal, as under a script). Tests give their own environment and input.
 */
public record KeySources(Map<String, String> environment, InputStream stdin, Console console) {
    public static KeySources system() {
        return new KeySources(System.getenv(), System.in, System.console());
    }
}
