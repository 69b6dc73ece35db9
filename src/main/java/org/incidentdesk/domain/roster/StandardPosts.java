package org.incidentdesk.domain.roster;

import java.util.List;

/**
 * Post titles the six plans use. Offices may write their own titles; these are offered first, and two of
 * them mark a unit's 分管负责同志 and liaison (R2).
 */
public final class StandardPosts {
    public static final String UNIT_LEAD = "分管负责同志";
    public static final String LIAISON = "联络员";

    public static final List<String> ALL = List.of(
            "总指挥", "指挥长", "专职副指挥长", "副指挥长", "组长", "副组长", "成员",
            "办公室主任", "办公室副主任", UNIT_LEAD, LIAISON, "新闻发言人", "值班员");

    private StandardPosts() {
    }
}
