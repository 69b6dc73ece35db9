package org.incidentdesk.service.incident;

import java.util.List;
import java.util.Locale;

/**
 * The columns a metrics export may have, each with the header names monitoring platforms use for it (Chinese or
 * English); a header none of them matches is mapped by the person importing or ignored.
 */
public enum MetricsColumn {
    TIME("时间", "time", "监测时间"),
    READS("阅读数", "reads", "关注度", "浏览量"),
    REPOSTS("转发数", "reposts", "转发"),
    COMMENTS("跟帖数", "comments", "评论数", "跟帖"),
    LIKES("点赞数", "likes", "点赞"),
    HEAT("热点指数", "heat", "热度", "heat index"),
    STAGE("阶段", "stage");

    private final List<String> names;

    MetricsColumn(String... names) {
        this.names = List.of(names);
    }

    /** The column a header names, or null when it names none of them. */
    static MetricsColumn named(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        for (MetricsColumn c : values()) {
            if (c.names.contains(wanted)) {
                return c;
            }
        }
        return null;
    }
}
