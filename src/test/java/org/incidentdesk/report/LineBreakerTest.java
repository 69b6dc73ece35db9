package org.incidentdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The line-breaking rules (禁则) on paragraphs built so that a plain break at the width would break them: a mark
 * that may not start a line falls just after the last character that fits, or one that may not end a line falls
 * on the last place of a line.
 */
class LineBreakerTest {
    private static final String NO_LINE_START = "。，、；：？！）」》";
    private static final String NO_LINE_END = "（「《";
    private static final LineBreaker BREAKER = new LineBreaker(new Typesetter(new FontLibrary(List.of())));

    private static List<String> lines(String text) {
        return BREAKER.lines(List.of(Span.text(text)), FontRole.FANGSONG, Grid.BODY_SIZE, Grid.WIDTH, 0,
                Grid.CHAR - Grid.BODY_SIZE, true).stream()
                .map(l -> l.pieces().stream().map(LineBreaker.Piece::text).collect(Collectors.joining())).toList();
    }

    /** How many ideographs a body line holds, measured rather than assumed. */
    private static int perLine() {
        return lines("国".repeat(80)).get(0).length();
    }

    private static void assertNoRuleBroken(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                assertTrue(NO_LINE_START.indexOf(line.charAt(0)) < 0, "line " + (i + 1) + " starts with a closing mark: " + lines);
            }
            if (i < lines.size() - 1) {
                assertTrue(NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0,
                        "line " + (i + 1) + " ends with an opening mark: " + lines);
            }
        }
    }

    @Test
    void aLineHoldsTwentyEightCharactersOfTheBodyFace() {
        assertEquals(28, perLine());
    }

    @Test
    void aTimeOfDayIsNotSplitAtItsColon() {
        for (int shift = 0; shift < 6; shift++) {
            List<String> lines = lines("国".repeat(perLine() - 3 - shift) + "11月28日 10:40，" + "家".repeat(10));
            assertTrue(lines.stream().anyMatch(l -> l.contains("10:40")), "10:40 whole at shift " + shift + ": " + lines);
        }
    }

    @Test
    void eachClosingMarkThatWouldStartALineIsKeptOffItsStart() {
        int n = perLine();
        for (char mark : NO_LINE_START.toCharArray()) {
            List<String> lines = lines("国".repeat(n) + mark + "家".repeat(10));
            assertNoRuleBroken(lines);
            assertEquals(2, lines.size(), "one mark is squeezed onto the full line: " + lines);
            assertTrue(lines.get(0).endsWith(String.valueOf(mark)), lines.toString());
        }
    }

    @Test
    void twoClosingMarksTakeTheCharacterBeforeThemToTheNextLine() {
        int n = perLine();
        List<String> lines = lines("国".repeat(n - 1) + "安）。" + "家".repeat(10));
        assertNoRuleBroken(lines);
        assertTrue(lines.get(1).startsWith("安）。"), "the marks go down with the character they close: " + lines);
    }

    @Test
    void aClosingMarkAfterASqueezedOneIsNotLeftToStartTheNextLine() {
        int n = perLine();
        List<String> lines = lines("国".repeat(n) + "。」" + "家".repeat(10));
        assertNoRuleBroken(lines);
        assertEquals("国。」", lines.get(1).substring(0, 3), lines.toString());
    }

    @Test
    void eachOpeningMarkThatWouldEndALineGoesToTheNextOne() {
        int n = perLine();
        for (char mark : NO_LINE_END.toCharArray()) {
            List<String> lines = lines("国".repeat(n - 1) + mark + "家".repeat(10));
            assertNoRuleBroken(lines);
            assertTrue(lines.get(1).startsWith(String.valueOf(mark)), lines.toString());
        }
    }

    @Test
    void twoOpeningMarksAtALineEndGoDownTogether() {
        int n = perLine();
        List<String> lines = lines("国".repeat(n - 2) + "（《" + "家".repeat(10));
        assertNoRuleBroken(lines);
        assertTrue(lines.get(1).startsWith("（《家"), lines.toString());
    }

    @Test
    void aLongParagraphOfMixedPunctuationBreaksNoRuleOnAnyLine() {
        StringBuilder text = new StringBuilder();
        String[] pieces = {"据网民反映", "，", "城东（老城区）", "自来水", "。", "“停水”", "《通知》", "已发布", "；", "市民称", "：",
                "「三天」", "是否属实", "？", "待核实", "！"};
        for (int i = 0; i < 400; i++) {
            text.append(pieces[(i * 7) % pieces.length]);
        }
        for (int shift = 0; shift < 6; shift++) {
            List<String> lines = lines("国".repeat(shift) + text);
            assertNoRuleBroken(lines);
            assertFalse(lines.isEmpty());
        }
    }

    @Test
    void aTitleSplitIntoBalancedLinesEndsNoLineWithAnOpeningMark() {
        DocumentComposer composer = new DocumentComposer(new FontLibrary(List.of()));
        List<String> lines = composer.titleLines("关于网传城南水厂停产，多个小区（含老城区）停水的舆情信息报告（首报）");
        assertTrue(lines.size() > 1, lines.toString());
        assertNoRuleBroken(lines);
    }

    @Test
    void aTitleBreaksBetweenWordsNearItsMiddleNotInsideOne() {
        DocumentComposer composer = new DocumentComposer(new FontLibrary(List.of()));
        // the balanced middle falls inside 黄色; the category's 类 ends a word three characters before it
        assertEquals(List.of("关于发布询问、质疑、诉求类", "黄色（III 级）预警的通知"),
                composer.titleLines("关于发布询问、质疑、诉求类黄色（III 级）预警的通知"));
    }
}
