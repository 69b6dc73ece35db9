package org.incidentdesk.report.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentdesk.report.Block;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;

/**
 * What a composed form still leaves to be filled in by hand, named as the form names it (何因, 首发媒体, 联系电话, or
 * the heading a blank paragraph stands under), for the confirmation before a 文号 is taken.
 */
public final class FormBlanks {
    private static final String SEPARATORS = "。；，";

    private FormBlanks() {
    }

    public static List<String> of(OfficialDocument document) {
        Set<String> blanks = new LinkedHashSet<>();
        if (document.title() != null && document.title().contains(FormText.BLANK_TEXT)) {
            blanks.add("标题");
        }
        String heading = "正文";
        for (Block block : document.body()) {
            switch (block) {
                case Block.Heading h -> heading = h.text();
                case Block.Paragraph p -> blanksOf(p.spans(), heading, blanks);
                default -> { }
            }
        }
        if (document.note() != null) {
            for (String part : document.note().split("；")) {
                if (part.contains(FormText.BLANK_TEXT) || part.contains(Span.BLANK_MARK)) {
                    blanks.add(label(part.substring(0, Math.max(0, part.indexOf('：'))), "附注"));
                }
            }
        }
        return new ArrayList<>(blanks);
    }

    private static void blanksOf(List<Span> spans, String heading, Set<String> blanks) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).toFill()) {
                blanks.add(i > 0 && !spans.get(i - 1).toFill() ? label(spans.get(i - 1).text(), heading) : heading);
            }
        }
    }

    /** The words just before a blank, up to the previous sentence mark: 预警级别 in "；预警级别：". */
    private static String label(String before, String fallback) {
        String text = before.strip();
        while (!text.isEmpty() && "：:".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        int cut = -1;
        for (char mark : SEPARATORS.toCharArray()) {
            cut = Math.max(cut, text.lastIndexOf(mark));
        }
        text = text.substring(cut + 1).replaceFirst("^\\d+\\.\\s*", "").strip();
        return text.isEmpty() || text.length() > 12 ? fallback : text;
    }
}
