package org.incidentdesk.report;

/** 紧急程度 (公文处理工作条例 第九条). */
public enum Urgency {
    NONE(""),
    URGENT("加急"),
    EXTRA_URGENT("特急");

    private final String mark;

    Urgency(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }
}
