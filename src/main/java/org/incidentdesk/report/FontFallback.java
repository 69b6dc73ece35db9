package org.incidentdesk.report;

/**
 * A face a character is looked up in when its role's face lacks it: {@code rareHan} marks the shipped face for
 * CJK Extension B and beyond (U+20000 on), tried after the general fallback. {@code source} names the resource.
 */
public record FontFallback(String family, String source, boolean rareHan) {
}
