package org.incidentdesk.app.channel;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a second process asks of the window; each names the data directory it means, which must be the window's. */
sealed interface Request {
    Path dataDir();

    Frame frame();

    /**
     * Run a command as if this process ran it: its arguments, its working directory, the environment variables
     * the program reads, and the charset its terminal decodes.
     */
    record Run(Path dataDir, List<String> args, Path workingDirectory, Map<String, String> variables,
               Charset charset) implements Request {
        public Run {
            args = List.copyOf(args);
            variables = Map.copyOf(variables);
        }

        @Override
        public Frame frame() {
            Frame.Writer w = new Frame.Writer().text(dataDir.toString()).text(workingDirectory.toString())
                    .text(charset.name()).number(args.size());
            args.forEach(w::text);
            w.number(variables.size());
            variables.forEach((name, value) -> w.text(name).text(value));
            return w.frame(Frame.RUN);
        }
    }

    /** Come to the front, and import {@code planFile} if one is given (a plan file opened from the file manager). */
    record Front(Path dataDir, Optional<Path> planFile) implements Request {
        @Override
        public Frame frame() {
            return new Frame.Writer().text(dataDir.toString()).text(planFile.map(Path::toString).orElse(""))
                    .frame(Frame.FRONT);
        }
    }

    static Request of(Frame frame) throws IOException {
        Frame.Reader r = new Frame.Reader(frame);
        try {
            return switch (frame.type()) {
                case Frame.RUN -> {
                    Path dataDir = Path.of(r.text());
                    Path workingDirectory = Path.of(r.text());
                    Charset charset = Charset.forName(r.text());
                    List<String> args = new ArrayList<>();
                    for (int i = count(r); i > 0; i--) {
                        args.add(r.text());
                    }
                    Map<String, String> variables = new LinkedHashMap<>();
                    for (int i = count(r); i > 0; i--) {
                        variables.put(r.text(), r.text());
                    }
                    yield new Run(dataDir, args, workingDirectory, variables, charset);
                }
                case Frame.FRONT -> {
                    Path dataDir = Path.of(r.text());
                    String plan = r.text();
                    yield new Front(dataDir, plan.isEmpty() ? Optional.empty() : Optional.of(Path.of(plan)));
                }
                default -> throw new IOException("unknown request " + frame.type());
            };
        } catch (IllegalArgumentException e) { // a path the file system cannot name, an unknown charset
            throw new IOException("malformed request: " + e.getMessage(), e);
        }
    }

    private static int count(Frame.Reader r) throws IOException {
        int n = r.number();
        if (n < 0 || n > Frame.MAX_PAYLOAD / 4) {
            throw new IOException("malformed request: " + n + " items");
        }
        return n;
    }
}
