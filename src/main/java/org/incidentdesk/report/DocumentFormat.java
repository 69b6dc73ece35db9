package org.incidentdesk.report;

/** The layouts GB/T 9704 defines that the office uses. */
public enum DocumentFormat {
    /** 文件格式: red masthead 35 mm below the type area's top, red rule under the 发文字号. */
    STANDARD,
    /** 信函格式 (for 函): masthead 30 mm from the paper's top, red double rules, no page number on page 1. */
    LETTER,
    /** No 版头: a table or register that starts on the first grid line (通讯录, 值班表). */
    PLAIN
}
