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
 * linxiaozhou), unit, posts, phone digits and e-mail. Every word of the query must match somewhere. Build it
 * off the JavaFX thread (the pinyin tables are read from the jar on first use); matching is then cheap.
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
            append(key, p.name());
            append(key, initials(p.name()));
            append(key, fullPinyin(p.name()));
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
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
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
        for (char c : text.toCharArray()) {
            String[] readings;
            try {
                readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
            if (readings == null || readings.length == 0) {
                out.append(Character.toLowerCase(c));
            } else {
                String reading = readings[0].replace("u:", "v");
                out.append(initialsOnly ? reading.substring(0, 1) : reading);
            }
        }
        return out.toString();
    }
}
