package org.incidentdesk.service.documents;

import java.util.List;

/**
 * What a person confirms before a document takes its 文号: the items still printed as （待填） and the font roles
 * (正文仿宋, 标题小标宋…) set in a substitute face because the customary one is not installed.
 */
public record IssueCheck(List<String> blanks, List<String> substituteFaces) {
    public IssueCheck {
        blanks = List.copyOf(blanks);
        substituteFaces = List.copyOf(substituteFaces);
    }

    /** Nothing to confirm: every item filled and every face the customary one. */
    public boolean clean() {
        return blanks.isEmpty() && substituteFaces.isEmpty();
    }
}
