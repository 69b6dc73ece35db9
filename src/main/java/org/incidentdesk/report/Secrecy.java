package org.incidentdesk.report;

/** 密级 and, for classified documents, the 保密期限 printed after a star, e.g. {@code 机密★1年}. */
public enum Secrecy {
    NONE(""),
    SECRET("秘密"),
    CONFIDENTIAL("机密"),
    TOP_SECRET("绝密");

    private final String mark;

    Secrecy(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    public boolean classified() {
        return this != NONE;
    }

    /** The printed mark with its period, e.g. {@code 机密★1年}; without a period just the level. */
    public String marked(String period) {
        return period == null || period.isBlank() ? mark : mark + "★" + period;
    }
}
