package org.incidentdesk.report;

import java.time.LocalDate;
import java.util.List;
import org.incidentdesk.domain.security.Secrecy;

/**
 * A document in the elements of GB/T 9704 §7: the 版头 (份号, 密级, 紧急程度, masthead, 发文字号, 签发人), the
 * 主体 (title, 主送, body, 附件说明, 署名 and 成文日期, 附注) and the 版记 (抄送, 印发机关 and 印发日期). Absent
 * elements are null or empty and take no space. {@code specimenMark}, when set, is printed above the type area of
 * every page of a document that is not an official one (a sample filled with invented data).
 */
public record OfficialDocument(DocumentFormat format, String masthead, String copyNumber, Secrecy secrecy,
                               String secrecyPeriod, Urgency urgency, String number, List<String> signers,
                               String title, List<String> addressees, List<Block> body, List<String> attachments,
                               String issuer, LocalDate date, String note, List<String> copiesTo,
                               String printedBy, LocalDate printedOn, String specimenMark) {

    public OfficialDocument {
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
        urgency = urgency == null ? Urgency.NONE : urgency;
        signers = signers == null ? List.of() : List.copyOf(signers);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        body = List.copyOf(body);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
    }

    public static Builder builder(DocumentFormat format) {
        return new Builder(format);
    }

    /** The same document marked on every page as a specimen, e.g. 示例. */
    public OfficialDocument markedAsSpecimen(String mark) {
        return new OfficialDocument(format, masthead, copyNumber, secrecy, secrecyPeriod, urgency, number, signers, title,
                addressees, body, attachments, issuer, date, note, copiesTo, printedBy, printedOn, mark);
    }

    /** True when the last page carries a 版记. */
    public boolean hasColophon() {
        return !copiesTo.isEmpty() || (format != DocumentFormat.LETTER && printedBy != null);
    }

    /** Fills an {@link OfficialDocument} element by element; unset elements stay absent. */
    public static final class Builder {
        private final DocumentFormat format;
        private String masthead;
        private String copyNumber;
        private Secrecy secrecy = Secrecy.NONE;
        private String secrecyPeriod;
        private Urgency urgency = Urgency.NONE;
        private String number;
        private List<String> signers = List.of();
        private String title = "";
        private List<String> addressees = List.of();
        private final java.util.ArrayList<Block> body = new java.util.ArrayList<>();
        private List<String> attachments = List.of();
        private String issuer;
        private LocalDate date;
        private String note;
        private List<String> copiesTo = List.of();
        private String printedBy;
        private LocalDate printedOn;

        private Builder(DocumentFormat format) {
            this.format = format;
        }

        public Builder masthead(String value) { masthead = value; return this; }
        public Builder copyNumber(String value) { copyNumber = value; return this; }
        public Builder secrecy(Secrecy level, String period) { secrecy = level; secrecyPeriod = period; return this; }
        public Builder urgency(Urgency value) { urgency = value; return this; }
        public Builder number(String value) { number = value; return this; }
        public Builder signers(List<String> value) { signers = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder addressees(List<String> value) { addressees = value; return this; }
        public Builder add(Block block) { body.add(block); return this; }
        public Builder addAll(List<? extends Block> blocks) { body.addAll(blocks); return this; }
        public Builder attachments(List<String> value) { attachments = value; return this; }
        public Builder signature(String issuerName, LocalDate written) { issuer = issuerName; date = written; return this; }
        public Builder note(String value) { note = value; return this; }
        public Builder copiesTo(List<String> value) { copiesTo = value; return this; }
        public Builder printed(String by, LocalDate on) { printedBy = by; printedOn = on; return this; }

        public OfficialDocument build() {
            return new OfficialDocument(format, masthead, copyNumber, secrecy, secrecyPeriod, urgency, number, signers,
                    title, addressees, body, attachments, issuer, date, note, copiesTo, printedBy, printedOn, null);
        }
    }
}
