package org.incidentdesk.domain.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.incidentdesk.domain.common.Violation;

/** The checks every person record must pass, whether typed in a form or read from an import file. */
public final class ContactRules {
    /** Mainland mobile numbers: 11 digits starting 13–19, optionally written with +86 or spaces/dashes. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Landline or fax once separators are gone: area code, number and extension, 7–20 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,20}");
    /** local@host: an intranet host without a dot (ceshi@qingxi) is a real address on a government network. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*");
    /**
     * Characters a post title cannot hold: the roster file separates posts with ；;、,， and writes another unit's
     * post as 单位:职务 (either colon), so a title with one of them would not import back as the same post.
     */
    public static final String POST_TITLE_RESERVED = "；;、,，:：";

    private ContactRules() {
    }

    /** Digits only, with a leading +86/0086 country code removed; what is stored for mobiles. */
    private static String normalizeMobile(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s\\-()（）]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits.isEmpty() ? null : digits;
    }

    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Every problem with the person, at most one per field (post problems once each), in the order of the form.
     * Lengths are those of {@link RosterLimits}, measured on the trimmed values that are stored.
     */
    public static List<Violation> check(Person person) {
        List<Violation> problems = new ArrayList<>();
        String name = blankToNull(person.name());
        if (name == null) {
            problems.add(Violation.of("name", "validation.required"));
        } else {
            RosterLimits.checkLength(problems, "name", name, RosterLimits.PERSON_NAME);
        }
        String mobile = normalizeMobile(blankToNull(person.mobile()));
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            problems.add(Violation.of("mobile", "validation.mobile", person.mobile()));
        }
        checkPhone(problems, "officePhone", person.officePhone());
        checkPhone(problems, "fax", person.fax());
        String email = blankToNull(person.email());
        if (RosterLimits.checkLength(problems, "email", email, RosterLimits.EMAIL)
                && email != null && !EMAIL.matcher(email).matches()) {
            problems.add(Violation.of("email", "validation.email", email));
        }
        RosterLimits.checkLength(problems, "notes", blankToNull(person.notes()), RosterLimits.NOTES);
        person.posts().stream().flatMap(post -> checkPost(post).stream()).distinct().forEach(problems::add);
        return problems;
    }

    private static List<Violation> checkPost(Post post) {
        List<Violation> problems = new ArrayList<>();
        String title = blankToNull(post.title());
        if (title == null) {
            problems.add(Violation.of("posts", "validation.postTitle"));
        } else if (RosterLimits.checkLength(problems, "posts", title, RosterLimits.POST_TITLE)
                && title.chars().anyMatch(c -> POST_TITLE_RESERVED.indexOf(c) >= 0)) {
            problems.add(Violation.of("posts", "validation.postTitleChars", title, POST_TITLE_RESERVED));
        }
        return problems;
    }

    private static void checkPhone(List<Violation> problems, String field, String raw) {
        String value = blankToNull(raw);
        if (value == null || !RosterLimits.checkLength(problems, field, value, RosterLimits.PHONE)) {
            return;
        }
        String digits = value.replaceAll("[\\s\\-()（）转]", "");
        if (!PHONE.matcher(digits).matches()) {
            problems.add(Violation.of(field, "validation.phone", value));
        }
    }

    /** The person as it will be stored: trimmed fields, blanks as null, mobile in digits. */
    public static Person normalized(Person p) {
        return new Person(p.id(), blankToNull(p.name()), p.unitId(), blankToNull(p.officePhone()),
                normalizeMobile(blankToNull(p.mobile())), blankToNull(p.email()), blankToNull(p.fax()),
                blankToNull(p.notes()),
                p.posts().stream().map(post -> new Post(post.unitId(), post.title().strip())).distinct().toList(),
                p.version());
    }
}
