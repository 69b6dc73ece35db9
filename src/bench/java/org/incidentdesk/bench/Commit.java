package org.incidentdesk.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Which commit of the program was measured, and whether the working tree differed from it. */
final class Commit {
    private Commit() {
    }

    static String describe(Path root) {
        String head = git(root, "rev-parse", "--short=12", "HEAD");
        if (head == null) {
            return "unknown (not a git checkout)";
        }
        // BENCHMARKS.md itself changes while a run writes it; any other change means the program differed
        String changes = git(root, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md");
        return changes == null || changes.isEmpty() ? head : head + " with uncommitted changes";
    }

    private static String git(Path root, String... args) {
        try {
            String[] command = new String[args.length + 3];
            command[0] = "git";
            command[1] = "-C";
            command[2] = root.toString();
            System.arraycopy(args, 0, command, 3, args.length);
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (Exception e) {
            return null;
        }
    }
}
