package org.incidentdesk.report.forms;

/**
 * 七何要素 of a first report (DOMAIN.md glossary): when, where, who, what, why, how (handled), result. A null
 * element prints as a blank to fill in by hand.
 */
public record SevenWs(String when, String where, String who, String what, String why, String how, String result) {
    public static SevenWs unknown() {
        return new SevenWs(null, null, null, null, null, null, null);
    }
}
