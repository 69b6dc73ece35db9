package org.incidentdesk.service.roster.io;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The columns of a roster file, in the order an export writes them. A header cell is recognised in Chinese or
 * English, ignoring case, spaces, punctuation and the "*" templates put on required columns.
 */
enum RosterColumn {
    NAME("姓名", "Name", true, "name"),
    UNIT("单位", "Unit", true, "unit", "单位名称"),
    POSTS("职务", "Posts", false, "posts", "post"),
    OFFICE_PHONE("办公电话", "Office phone", false, "officephone"),
    MOBILE("手机", "Mobile", false, "mobile", "手机号码", "手机号"),
    EMAIL("电子邮箱", "E-mail", false, "email", "邮箱", "电子邮件"),
    FAX("传真", "Fax", false, "fax"),
    NOTES("备注", "Notes", false, "notes", "note"),
    UNIT_KIND("单位类型", "Unit kind", false, "unitkind");

    private final String chineseHeader;
    private final String englishHeader;
    private final boolean required;
    private final List<String> keys;

    RosterColumn(String chineseHeader, String englishHeader, boolean required, String... aliases) {
        this.chineseHeader = chineseHeader;
        this.englishHeader = englishHeader;
        this.required = required;
        this.keys = Stream.concat(Stream.of(chineseHeader), Stream.of(aliases))
                .map(RosterColumn::key).toList();
    }

    /** The header an export writes. */
    String header() {
        return chineseHeader;
    }

    /** Both headers, for messages that name a column: "姓名/Name". */
    String bilingualHeader() {
        return chineseHeader + "/" + englishHeader;
    }

    boolean required() {
        return required;
    }

    boolean matches(String headerCell) {
        return keys.contains(key(headerCell));
    }

    private static String key(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-_./*:：()（）]", "");
    }
}
