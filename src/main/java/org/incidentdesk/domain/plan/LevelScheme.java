package org.incidentdesk.domain.plan;

/** The shapes of level scheme the plans use; each fixes how many levels a plan has. */
public enum LevelScheme {
    /** I 特别重大 红 / II 重大 橙 / III 较大 黄 / IV 一般 蓝 (plan 1). */
    FOUR_LEVEL(4),
    /** I 重大 / II 较大 / III 一般 (plan 3). */
    THREE_LEVEL(3),
    /** 一般 and 重大及以上 (plan 4). */
    TWO_TIER(2);

    private final int levelCount;

    LevelScheme(int levelCount) {
        this.levelCount = levelCount;
    }

    public int levelCount() {
        return levelCount;
    }
}
