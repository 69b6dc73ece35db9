package org.incidentdesk.report.forms;

/**
 * 七何要素 of a first report (DOMAIN.md glossary): when (何时), where (何地), who (何人), what (何事), why (何因), how it
 * happened (何方式, not how it was handled: that is the report's 已采取的措施) and the result (何结果). A null element
 * prints as a blank to fill in by hand.
 */
public record SevenWs(String when, String where, String who, String what, String why, String how, String result) {
    public static SevenWs unknown() {
        return new SevenWs(null, null, null, null, null, null, null);
    }
}
