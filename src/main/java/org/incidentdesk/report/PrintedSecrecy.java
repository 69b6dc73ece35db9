package org.incidentdesk.report;

import org.incidentdesk.domain.security.Secrecy;

/**
 * The words a secrecy mark prints as in the 版头 (GB/T 9704 §7.2.3): always Chinese, whatever the window's language,
 * and for a classified document with its 保密期限 after a star, e.g. {@code 机密★1年}.
 */
public final class PrintedSecrecy {
    private PrintedSecrecy() {
    }

    /** The printed level: 秘密, 机密, 绝密; nothing for an unmarked document. */
    public static String mark(Secrecy level) {
        return switch (level) {
            case NONE -> "";
            case SECRET -> "秘密";
            case CONFIDENTIAL -> "机密";
            case TOP_SECRET -> "绝密";
        };
    }

    /** The printed mark with its period, e.g. {@code 机密★1年}; without a period just the level. */
    public static String marked(Secrecy level, String period) {
        return period == null || period.isBlank() ? mark(level) : mark(level) + "★" + period;
    }
}
