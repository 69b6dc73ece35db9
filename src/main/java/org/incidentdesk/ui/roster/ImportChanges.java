package org.incidentdesk.ui.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;

/** What an import row would change in a person already in the roster, field by field: "手机：138… → 139…". */
final class ImportChanges {
    private ImportChanges() {
    }

    static List<String> between(Person before, Person after, Map<Long, OrgUnit> units, Messages messages) {
        List<String> changes = new ArrayList<>();
        compare(changes, messages, "field.officePhone", before, after, Person::officePhone);
        compare(changes, messages, "field.mobile", before, after, Person::mobile);
        compare(changes, messages, "field.email", before, after, Person::email);
        compare(changes, messages, "field.fax", before, after, Person::fax);
        compare(changes, messages, "field.notes", before, after, Person::notes);
        compare(changes, messages, "field.posts", before, after, p -> posts(p, units, messages));
        return changes;
    }

    private static void compare(List<String> changes, Messages messages, String fieldKey, Person before, Person after,
                                Function<Person, String> value) {
        String old = blankToEmpty(value.apply(before));
        String now = blankToEmpty(value.apply(after));
        if (!Objects.equals(old, now)) {
            String none = messages.get("roster.detail.none");
            changes.add(messages.get("roster.import.change", messages.get(fieldKey),
                    old.isEmpty() ? none : old, now.isEmpty() ? none : now));
        }
    }

    private static String posts(Person person, Map<Long, OrgUnit> units, Messages messages) {
        return person.posts().stream().map(post -> describe(post, person, units, messages))
                .collect(Collectors.joining(messages.get("common.listSeparator")));
    }

    private static String describe(Post post, Person person, Map<Long, OrgUnit> units, Messages messages) {
        OrgUnit unit = units.get(post.unitId());
        return post.unitId() == person.unitId() || unit == null ? post.title()
                : messages.get("common.withNote", post.title(), unit.name());
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
