package org.incidentdesk.domain.plan;

/** The warning colours of the national four-level system, most severe first. */
public enum WarningColour {
    RED("红色", "#D32F2F"),
    ORANGE("橙色", "#F57C00"),
    YELLOW("黄色", "#FBC02D"),
    BLUE("蓝色", "#1976D2");

    private final String chineseName;
    private final String hex;

    WarningColour(String chineseName, String hex) {
        this.chineseName = chineseName;
        this.hex = hex;
    }

    /** 红色, 橙色, …: the word used in 红色预警. */
    public String chineseName() {
        return chineseName;
    }

    /** A display colour, e.g. for a level badge. */
    public String hex() {
        return hex;
    }
}
