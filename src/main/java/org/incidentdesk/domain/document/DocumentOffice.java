package org.incidentdesk.domain.document;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;

/**
 * How the office appears on its documents: the name it signs with (署名, 印发机关), its red masthead (发文机关标志)
 * and the prefix of its 文号, e.g. {@code 青网舆办} in {@code 青网舆办〔2026〕3号}.
 */
public record DocumentOffice(String officeName, String masthead, String numberPrefix, int version) {
    public static final int NAME_LIMIT = 200;
    public static final int PREFIX_LIMIT = 40;

    public DocumentOffice {
        officeName = officeName == null ? "" : officeName.strip();
        masthead = masthead == null ? "" : masthead.strip();
        numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
    }

    /** The 文号 for {@code number} in {@code year}: no 第, no leading zeros, the year in 六角括号. */
    public String documentNumber(int year, int number) {
        return numberPrefix + "〔" + year + "〕" + number + "号";
    }

    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (officeName.isEmpty()) {
            problems.add(Violation.of("officeName", "validation.required"));
        } else if (officeName.length() > NAME_LIMIT) {
            problems.add(Violation.of("officeName", "validation.tooLong", NAME_LIMIT));
        }
        if (masthead.isEmpty()) {
            problems.add(Violation.of("masthead", "validation.required"));
        } else if (masthead.length() > NAME_LIMIT) {
            problems.add(Violation.of("masthead", "validation.tooLong", NAME_LIMIT));
        }
        if (numberPrefix.isEmpty()) {
            problems.add(Violation.of("numberPrefix", "validation.required"));
        } else if (numberPrefix.length() > PREFIX_LIMIT || numberPrefix.matches(".*[〔〕\\[\\]\\d].*")) {
            problems.add(Violation.of("numberPrefix", "validation.numberPrefix", PREFIX_LIMIT));
        }
        return problems;
    }
}
