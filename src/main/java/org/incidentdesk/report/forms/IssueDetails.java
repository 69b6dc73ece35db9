package org.incidentdesk.report.forms;

import java.time.LocalDate;
import java.util.List;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.Urgency;

/**
 * What the office chooses for one document, apart from its content: who issues it (署名 and masthead), its 文号
 * (null for forms without one), 份号, 密级 with 保密期限, 紧急程度, 成文日期, 主送, 抄送 and 印发机关.
 */
public record IssueDetails(String issuer, String masthead, String number, String copyNumber, Secrecy secrecy,
                           String secrecyPeriod, Urgency urgency, LocalDate date, List<String> addressees,
                           List<String> copiesTo, String printedBy, List<String> signers) {
    public IssueDetails {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
        signers = signers == null ? List.of() : List.copyOf(signers);
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    public IssueDetails withAddressees(List<String> names) {
        return new IssueDetails(issuer, masthead, number, copyNumber, secrecy, secrecyPeriod, urgency, date, names,
                copiesTo, printedBy, signers);
    }
}
