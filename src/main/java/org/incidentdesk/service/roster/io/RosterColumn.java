package org.incidentdesk.service.roster.io;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The columns of a roster file, in the order an export writes them. A header cell is recognised in Chinese or
 * English, ignoring case, spaces, punctuation and the "*" templates put on required columns.
 */
enum RosterColumn {
    NAME("name", "姓名", "Name", true, "name"),
    UNIT("unit", "单位", "Unit", true, "unit", "单位名称"),
    POSTS("posts", "职务", "Posts", false, "posts", "post"),
    OFFICE_PHONE("officePhone", "办公电话", "Office phone", false, "officephone"),
    MOBILE("mobile", "手机", "Mobile", false, "mobile", "手机号码", "手机号"),
    EMAIL("email", "电子邮箱", "E-mail", false, "email", "邮箱", "电子邮件"),
    FAX("fax", "传真", "Fax", false, "fax"),
    NOTES("notes", "备注", "Notes", false, "notes", "note"),
    UNIT_KIND("unitKind", "单位类型", "Unit kind", false, "unitkind");

    private final String field;

    private final String chineseHeader;
    private final String englishHeader;
    private final boolean required;
    private final List<String> keys;

    RosterColumn(String field, String chineseHeader, String englishHeader, boolean required, String... aliases) {
        this.field = field;
        this.chineseHeader = chineseHeader;
        this.englishHeader = englishHeader;
        this.required = required;
        this.keys = Stream.concat(Stream.of(chineseHeader), Stream.of(aliases))
                .map(RosterColumn::key).toList();
    }

    /** The field a problem in this column names (its message key is {@code field.<field>}). */
    String field() {
        return field;
    }

    /** Only notes may span lines. */
    boolean multiLine() {
        return this == NOTES;
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
