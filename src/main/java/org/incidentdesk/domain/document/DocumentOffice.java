package org.incidentdesk.domain.document;

import org.incidentdesk.domain.common.TypedText;

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
    private static final String MASTHEAD_SUFFIX = "文件";

    public DocumentOffice {
        officeName = officeName == null ? "" : officeName.strip();
        masthead = masthead == null ? "" : masthead.strip();
        numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
    }

    /** Settings built from the office's name alone: its masthead is the name followed by 文件 (GB/T 9704 §7.2.4). */
    public static DocumentOffice named(String officeName, String numberPrefix) {
        String name = officeName == null ? "" : officeName.strip();
        return new DocumentOffice(name, name + MASTHEAD_SUFFIX, numberPrefix, 0);
    }

    /**
     * Renamed to {@code name}: a masthead that was built from the old name follows the new one; one the office
     * wrote itself is kept.
     */
    public DocumentOffice renamed(String name) {
        String newName = name == null ? "" : name.strip();
        return new DocumentOffice(newName, masthead.equals(officeName + MASTHEAD_SUFFIX) ? newName + MASTHEAD_SUFFIX
                : masthead, numberPrefix, version);
    }

    /** The 文号 for {@code number} in {@code year}: no 第, no leading zeros, the year in 六角括号. */
    public String documentNumber(int year, int number) {
        return numberPrefix + "〔" + year + "〕" + number + "号";
    }

    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        TypedText.checkPrinted("officeName", officeName, NAME_LIMIT, problems);
        TypedText.checkPrinted("masthead", masthead, NAME_LIMIT, problems);
        int before = problems.size();
        TypedText.checkPrinted("numberPrefix", numberPrefix, PREFIX_LIMIT, problems);
        if (problems.size() == before && numberPrefix.matches(".*[〔〕\\[\\]\\d].*")) {
            problems.add(Violation.of("numberPrefix", "validation.numberPrefix", PREFIX_LIMIT));
        }
        return problems;
    }
}
