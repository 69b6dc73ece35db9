package org.incidentdesk.report;

import java.util.List;

/**
 * The typefaces GB/T 9704 names, each with the file names the office's own copy usually has (Windows and the
 * common Linux packages of the same fonts). Matched case-insensitively.
 */
public enum FontRole {
    /** 仿宋_GB2312 / 仿宋: body, level 3-4 headings, 发文字号, signature, date, 版记. */
    FANGSONG("仿宋", List.of("fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "simfang.ttf", "fangsong.ttf", "仿宋.ttf", "stfangso.ttf")),
    /** 楷体_GB2312 / 楷体: level 2 headings, signers' names. */
    KAITI("楷体", List.of("kaiti_gb2312.ttf", "楷体_gb2312.ttf", "simkai.ttf", "kaiti.ttf", "楷体.ttf", "stkaiti.ttf")),
    /** 黑体: level 1 headings, 密级, 紧急程度, table headers. */
    HEITI("黑体", List.of("simhei.ttf", "黑体.ttf", "stheiti.ttf")),
    /** 方正小标宋: title and masthead. */
    XIAOBIAOSONG("小标宋", List.of("fzxbsjw.ttf", "fzxbsk.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf", "方正小标宋_gbk.ttf")),
    /** 宋体: page numbers. */
    SONGTI("宋体", List.of("simsun.ttc", "simsun.ttf", "宋体.ttf", "stsong.ttf"));

    private final String chineseName;
    private final List<String> customaryFiles;

    FontRole(String chineseName, List<String> customaryFiles) {
        this.chineseName = chineseName;
        this.customaryFiles = customaryFiles;
    }

    public String chineseName() {
        return chineseName;
    }

    public List<String> customaryFiles() {
        return customaryFiles;
    }
}
