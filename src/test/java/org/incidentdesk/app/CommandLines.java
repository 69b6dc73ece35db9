package org.incidentdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated command lines for {@code InputFuzzTest}: every command with options in any order, each value taken at
 * random from good ones and hostile ones (control characters, text direction overrides, emoji, huge or negative
 * numbers, times no clock can hold, paths that are folders or under missing folders, SQL, format strings).
 */
final class CommandLines {
    private static final List<String> HOSTILE = List.of("", " ", "\u001b[2J\u001b]0;pwned\u0007", "\u0007", "a\u0000b",
            "-2026-01-01T00:00Z", "+999999999-01-01T00:00Z", "2026-02-30T25:61", "P99999999D", "-1", "0",
            "99999999999999999999", "NaN", "%s%n%x", "'; DROP TABLE incident; --", "𠮷".repeat(201), "x".repeat(5000),
            "网传\u202E停水", "\u200B\u200B", "🔥🔥", "\uD800", "null", "2026-999", "9999-Y999", "0000-000", "--help",
            "-", "--", "I", "特别重大", "较大", "II", "office", "commander");
    private static final List<String> GOOD_TEXT = List.of("网传城南小区停电", "全县中小学校", "值班会商", "县网信办",
            "话题可能跨平台传播", "inquiry", "2026-001", "2026-Y001", "2026-03-01T08:30+08:00", "1年", "机密", "特急");
    private static final String[][] TEMPLATES = {
            {"incident", "new", "--title", "T", "--category", "C", "?--discovered", "D", "?--happened", "D"},
            {"incident", "show", "N", "?--json"},
            {"incident", "list", "?--json"},
            {"warning", "issue", "--incident", "N", "--level", "L", "--scope", "T", "--reason", "T", "?--items", "T",
                    "?--measures", "T", "?--issuer", "R"},
            {"warning", "adjust", "W", "--level", "L", "--issuer", "R", "--reason", "T"},
            {"warning", "lift", "W", "--reason", "T"},
            {"warning", "approve", "W"},
            {"warning", "show", "W", "?--json"},
            {"warning", "history", "?--incident", "N", "--out", "F"},
            {"report", "office", "?--name", "T", "?--prefix", "T", "?--masthead", "T"},
            {"report", "first-report", "--sample", "--out", "F", "?--secrecy", "T", "?--period", "T", "?--urgency", "T",
                    "?--copy", "T", "?--sequence", "D"},
            {"report", "warning-notice", "--warning", "W", "?--action", "T", "--out", "F"},
            {"report", "roster", "--out", "F"},
            {"roster", "export", "F"},
            {"roster", "import", "F", "--dry-run"},
            {"plan", "show", "T", "?--json"},
            {"plan", "activate", "T"},
            {"plan", "export", "T", "F"},
            {"plan", "import", "F"},
            {"backup", "--out", "F"},
            {"restore", "F"},
    };

    private final Random random;
    private final Path dir;

    CommandLines(Random random, Path dir) {
        this.random = random;
        this.dir = dir;
    }

    List<String> next() {
        String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)];
        List<String> args = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--lang", "en"));
        }
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("?")) {
                boolean take = random.nextBoolean();
                if (take) {
                    args.add(part.substring(1));
                    if (i + 1 < template.length && template[i + 1].length() == 1) {
                        args.add(value(template[i + 1]));
                    }
                }
                if (i + 1 < template.length && template[i + 1].length() == 1) {
                    i++;
                }
            } else if (part.length() == 1) {
                args.add(value(part));
            } else {
                args.add(part);
            }
        }
        return args;
    }

    private String value(String kind) {
        if (random.nextInt(3) == 0) {
            return HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        return switch (kind) {
            case "N" -> List.of("2026-001", "2026-002", "2026-1", "1").get(random.nextInt(4));
            case "W" -> List.of("2026-Y001", "2026-Y002", "Y001").get(random.nextInt(3));
            case "L" -> List.of("较大", "一般", "II", "IV", "重大").get(random.nextInt(5));
            case "R" -> List.of("office", "commander", "leading-group").get(random.nextInt(3));
            case "C" -> List.of("inquiry", "rumour", "leak").get(random.nextInt(3));
            case "D" -> List.of("2026-12-01T08:30+08:00", "2026-12-07T08:00", "3").get(random.nextInt(3));
            case "F" -> path();
            default -> GOOD_TEXT.get(random.nextInt(GOOD_TEXT.size()));
        };
    }

    private String path() {
        return switch (random.nextInt(6)) {
            case 0 -> dir.toString();
            case 1 -> dir.resolve("missing/folder/out.pdf").toString();
            case 2 -> dir.resolve("out-" + random.nextInt(1000) + ".csv").toString();
            case 3 -> dir.resolve("out-" + random.nextInt(1000) + ".pdf").toString();
            case 4 -> dir.resolve("out-" + random.nextInt(1000) + ".xlsx").toString();
            default -> dir.resolve("out-" + random.nextInt(1000) + ".yaml").toString();
        };
    }
}
