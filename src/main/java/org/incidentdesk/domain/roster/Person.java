package org.incidentdesk.domain.roster;

import java.util.List;

/**
 * A person in the roster with every channel the plans name (R2): phone, mobile (SMS), e-mail, fax. Null
 * {@code posts} means no posts.
 */
public record Person(Long id, String name, long unitId, String officePhone, String mobile, String email,
                     String fax, String notes, List<Post> posts, int version) {

    public Person {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public boolean holds(long unit, String title) {
        return posts.stream().anyMatch(p -> p.unitId() == unit && p.title().equals(title));
    }
}
