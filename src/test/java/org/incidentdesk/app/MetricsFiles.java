package org.incidentdesk.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Metrics exports for {@code InputFuzzTest}: a header the reader knows and rows whose cells are, at random, good
 * figures and times or hostile ones (negative, huge, not numbers, formulas, control characters, times no clock can
 * hold, times out of order).
 */
final class MetricsFiles {
    private static final List<String> HEADERS = List.of("time,reads,reposts,comments,likes,heat,stage",
            "时间,阅读,转发,评论,点赞,热度,阶段", "time,reads", "time,time,reads", "reads,reposts");
    private static final List<String> HOSTILE = List.of("", "-1", "99999999999999999999", "NaN", "1e308", "=cmd|' /C calc'!A0",
            "\u001b[2J", "a\u0007", "-2026-12-07T08:00+08:00", "+999999999-12-07T08:00Z", "2026-13-45T99:99",
            "𠮷".repeat(300), "1,5", "\"unterminated", "12\u202E3");

    private MetricsFiles() {
    }

    static byte[] next(Random random) {
        StringBuilder csv = new StringBuilder(HEADERS.get(random.nextInt(HEADERS.size()))).append('\n');
        int rows = 1 + random.nextInt(20);
        for (int row = 0; row < rows; row++) {
            String time = random.nextInt(8) == 0 ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                    : String.format("2026-12-0%dT0%d:%02d+08:00", 1 + row / 10, 1 + row % 8, row);
            csv.append(time);
            for (int column = 0; column < 6; column++) {
                csv.append(',').append(random.nextInt(8) == 0 ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                        : Integer.toString(random.nextInt(100_000)));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
