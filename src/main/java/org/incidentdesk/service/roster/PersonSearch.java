package org.incidentdesk.service.roster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;

/**
 * Search as you type over the roster: name, pinyin initials and full pinyin of the name (林晓舟 → lxz,
 * linxiaozhou), unit, posts, phone digits and e-mail. Every word of the query must match somewhere. A name
 * padded with spaces for alignment (郑 淼) is found without them (郑淼, zhengmiao, zm); rare characters from
 * CJK Extension A, B and beyond (𠮷) have their pinyin too. Build it off the JavaFX thread (the pinyin tables
 * are read from the jar on first use); matching is then cheap.
 */
public final class PersonSearch {
    private final Map<Long, String> keys;

    private PersonSearch(Map<Long, String> keys) {
        this.keys = keys;
    }

    public static PersonSearch index(Roster roster) {
        Map<Long, OrgUnit> units = roster.unitsById();
        Map<Long, String> keys = new HashMap<>();
        for (Person p : roster.people()) {
            StringBuilder key = new StringBuilder();
            String name = withoutSpaces(p.name());
            append(key, p.name());
            append(key, name);
            append(key, initials(name));
            append(key, fullPinyin(name));
            OrgUnit unit = units.get(p.unitId());
            append(key, unit == null ? null : unit.name());
            append(key, p.posts().stream().map(post -> {
                OrgUnit postUnit = units.get(post.unitId());
                return (postUnit == null ? "" : postUnit.name()) + " " + post.title();
            }).collect(Collectors.joining(" ")));
            append(key, digits(p.officePhone()));
            append(key, digits(p.mobile()));
            append(key, digits(p.fax()));
            append(key, p.email());
            keys.put(p.id(), key.toString().toLowerCase(Locale.ROOT));
        }
        return new PersonSearch(keys);
    }

    public boolean matches(long personId, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String key = keys.getOrDefault(personId, "");
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("[\\s\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String needle = word.matches("[\\d\\-+ ]+") ? digits(word) : word;
            if (!key.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder key, String part) {
        if (part != null && !part.isBlank()) {
            key.append(part).append('\u0001');
        }
    }

    /** Spaces, including the full-width space, that offices type into two-character names to align them. */
    static String withoutSpaces(String name) {
        return name == null ? null : name.replaceAll("[\\s\u3000]+", "");
    }

    static String digits(String value) {
        return value == null ? null : value.replaceAll("\\D", "");
    }

    static String initials(String name) {
        return pinyin(name, true);
    }

    static String fullPinyin(String name) {
        return pinyin(name, false);
    }

    private static String pinyin(String text, boolean initialsOnly) {
        if (text == null) {
            return null;
        }
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String reading = reading(c, format);
            if (reading == null) {
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                out.append(initialsOnly ? reading.substring(0, 1) : reading);
            }
        });
        return out.toString();
    }

    /** pinyin4j for the common characters, the Unihan table for the rest; null for what is not Han. */
    private static String reading(int codePoint, HanyuPinyinOutputFormat format) {
        if (Character.isBmpCodePoint(codePoint)) {
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, format);
                if (readings != null && readings.length > 0) {
                    return readings[0].replace("u:", "v");
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        return RarePinyin.of(codePoint).orElse(null);
    }
}
