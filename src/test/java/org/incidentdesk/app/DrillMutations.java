package org.incidentdesk.app;

import java.util.Random;

/** Mutations of a good drill scenario for {@code InputFuzzTest}: each makes one kind of damage, at random. */
final class DrillMutations {
    private DrillMutations() {
    }

    static String mutate(String text, Random random) {
        int at = random.nextInt(Math.max(text.length(), 1));
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, at); // truncated
            case 1 -> text.substring(0, at) + "\u001b[31m" + text.substring(at);
            case 2 -> text.replaceFirst("PT15M", "P99999999D");
            case 3 -> text.replaceFirst("2026-03-02", "+999999999-03-02");
            case 4 -> text.replaceFirst("ref: A", "ref: A, ref: B");
            case 5 -> text.substring(0, at) + "{[".repeat(50) + text.substring(at);
            case 6 -> text.replaceFirst("category: inquiry", "category: " + "𠮷".repeat(300));
            case 7 -> text.replaceFirst("title: [^,}]*", "title: \u200B\u200B");
            case 8 -> text.replace("PT", "-PT");
            default -> text.replaceFirst("steps:", "steps: 42\nextra:");
        };
    }

    static String describe(String text) {
        return InputFuzzTest.show(java.util.List.of(text.length() > 80 ? text.substring(0, 80) + "…" : text));
    }
}
