package org.incidentdesk.report.forms;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.report.Block;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.DocumentFormat;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;

/** Small pieces the form builders share: labelled lines with blanks, numbered lists, the document frame. */
final class FormText {
    /** A missing value inside a line of text (a title, the 附注), where no underlined blank can go. */
    static final String BLANK_TEXT = "＿＿＿＿";

    private FormText() {
    }

    /** {@code label：value。} with a blank to fill in when the value is missing. */
    static Block.Paragraph labelled(String label, String value) {
        return Block.Paragraph.of(Span.text(label + "："), Span.valueOrBlank(value), Span.text(endsWithStop(value) ? "" : "。"));
    }

    static Block.Paragraph labelled(String label, LocalDateTime value) {
        return labelled(label, value == null ? null : ChineseNumbers.dateTime(value));
    }

    /** The value as its own paragraph, or a paragraph that is one blank. */
    static Block.Paragraph text(String value) {
        return Block.Paragraph.of(Span.valueOrBlank(value));
    }

    /** 1. … 2. … as paragraphs; one blank paragraph when the list is empty. */
    static List<Block> numbered(List<String> items) {
        List<Block> blocks = new ArrayList<>();
        if (items.isEmpty()) {
            blocks.add(Block.Paragraph.of(Span.blank()));
        }
        for (int i = 0; i < items.size(); i++) {
            blocks.add(Block.Paragraph.of((i + 1) + ". " + items.get(i)));
        }
        return blocks;
    }

    static String orBlankText(String value) {
        return value == null || value.isBlank() ? BLANK_TEXT : value;
    }

    static OfficialDocument.Builder frame(IssueDetails issue, String title) {
        return OfficialDocument.builder(DocumentFormat.STANDARD)
                .masthead(issue.masthead())
                .copyNumber(issue.copyNumber())
                .secrecy(issue.secrecy(), issue.secrecyPeriod())
                .urgency(issue.urgency())
                .number(issue.number())
                .signers(issue.signers())
                .title(title)
                .addressees(issue.addressees())
                .signature(issue.issuer(), issue.date())
                .copiesTo(issue.copiesTo())
                .printed(issue.printedBy(), issue.date());
    }

    /** The text as a sentence: a full stop added where it ends without one (null stays null). */
    static String sentence(String value) {
        return value == null || value.isBlank() || endsWithStop(value) ? value : value + "。";
    }

    private static boolean endsWithStop(String value) {
        return value != null && !value.isBlank() && "。！？；".indexOf(value.charAt(value.length() - 1)) >= 0;
    }
}
