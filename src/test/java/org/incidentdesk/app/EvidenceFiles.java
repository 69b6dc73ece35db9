package org.incidentdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Evidence files for {@code InputFuzzTest}: ordinary ones, empty ones, hostile names, folders, missing files. */
final class EvidenceFiles {
    private static final List<String> NAMES = List.of("截图.png", "post.html", "a", "\u001b[2Jx.png", "bell\u0007.txt",
            "网传\u202E停水.txt", "🔥.jpg", "𠮷".repeat(60) + ".txt", "x".repeat(200) + ".txt", ".hidden", "con.txt",
            "name with spaces .pdf");
    private static final List<String> NOTES = List.of("", "网页截图", "\u001b[31m注", "x".repeat(2500), "𠮷".repeat(1500),
            "line\nbreak");

    private EvidenceFiles() {
    }

    /** A file, folder or missing path in a fresh folder {@code in}. */
    static Path next(Random random, Path in) throws IOException {
        Files.createDirectories(in);
        Path path = in.resolve(NAMES.get(random.nextInt(NAMES.size())));
        switch (random.nextInt(5)) {
            case 0 -> { } // missing
            case 1 -> Files.createDirectories(path);
            case 2 -> Files.write(path, new byte[0]);
            default -> {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                Files.write(path, bytes);
            }
        }
        return path;
    }

    static String note(Random random) {
        return NOTES.get(random.nextInt(NOTES.size()));
    }
}
