package org.incidentdesk.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.audit.Checkpoint;
import org.incidentdesk.service.common.PrivateFiles;

/**
 * Checkpoints as text, one a line: {@code checkpoint seq=120 count=120 head=<64 hex> at=<ISO instant>
 * code=<paper code>}. A line holding only a paper code ({@code 120-3FA9-C21B-77D0-9E12}, typed back from paper)
 * is read too; lines starting with {@code #} are comments. Files are created private to the user and only ever
 * appended to.
 */
public final class CheckpointFile {
    private CheckpointFile() {
    }

    /** The line {@code checkpoint} is written as. */
    public static String line(Checkpoint checkpoint) {
        return "checkpoint seq=" + checkpoint.seq() + " count=" + checkpoint.count() + " head=" + checkpoint.hash()
                + " at=" + checkpoint.at() + " code=" + checkpoint.shortCode();
    }

    /** Appends {@code checkpoint} to {@code file}, creating it (with {@code header} as its first comment). */
    public static void append(Path file, String header, Checkpoint checkpoint) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                PrivateFiles.createDirectories(parent);
            }
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
                Files.writeString(file, "# " + header + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            Files.writeString(file, line(checkpoint) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the audit checkpoint to " + file, e);
        }
    }

    /** Every checkpoint in {@code file}; none when it does not exist. Unreadable lines are refused by number. */
    public static List<Checkpoint> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading audit checkpoints from " + file, e);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Checkpoint checkpoint = parse(text);
            if (checkpoint == null) {
                throw new IllegalArgumentException(file + ":" + (i + 1));
            }
            checkpoints.add(checkpoint);
        }
        return checkpoints;
    }

    private static Checkpoint parse(String text) {
        if (!text.startsWith("checkpoint ")) {
            return Checkpoint.fromShortCode(text);
        }
        Map<String, String> values = new HashMap<>();
        for (String part : text.substring("checkpoint ".length()).split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            String head = values.get("head");
            if (head == null || !head.matches("[0-9a-fA-F]{64}")) {
                return null;
            }
            return new Checkpoint(Long.parseLong(values.get("seq")), Long.parseLong(values.get("count")), head,
                    values.containsKey("at") ? Instant.parse(values.get("at")) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
