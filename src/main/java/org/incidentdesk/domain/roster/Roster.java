package org.incidentdesk.domain.roster;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A consistent snapshot of the whole roster: units, people and duty shifts, read in one transaction. */
public record Roster(List<OrgUnit> units, List<Person> people, List<DutyShift> shifts) {

    public Roster {
        units = List.copyOf(units);
        people = List.copyOf(people);
        shifts = List.copyOf(shifts);
    }

    public Map<Long, OrgUnit> unitsById() {
        return units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    public Optional<OrgUnit> unit(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst();
    }

    public Optional<OrgUnit> unitNamed(String name) {
        return units.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /**
     * The ids of every unit below {@code unitId}: its sub-units, theirs, and so on, not the unit itself. None of
     * them can be its parent; a parent picker leaves them out. Stops at a loop already in the data.
     */
    public Set<Long> descendantsOf(long unitId) {
        Map<Long, List<Long>> children = units.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId, Collectors.mapping(OrgUnit::id, Collectors.toList())));
        Set<Long> below = new LinkedHashSet<>();
        Deque<Long> toVisit = new ArrayDeque<>(children.getOrDefault(unitId, List.of()));
        while (!toVisit.isEmpty()) {
            long next = toVisit.pop();
            if (next != unitId && below.add(next)) {
                toVisit.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return Collections.unmodifiableSet(below);
    }

    public Optional<Person> person(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst();
    }

    public List<Person> peopleOf(long unitId) {
        return people.stream().filter(p -> p.unitId() == unitId).toList();
    }

    /** The people holding {@code title} in {@code unitId}, e.g. the unit's liaison. */
    public List<Person> holders(long unitId, String title) {
        return people.stream().filter(p -> p.holds(unitId, title)).toList();
    }

    /** The shifts running at {@code moment}, 24-hour response duty first, then by unit order. */
    public List<DutyShift> onDutyAt(Instant moment) {
        Map<Long, OrgUnit> byId = unitsById();
        return shifts.stream().filter(s -> s.covers(moment))
                .sorted(Comparator.comparing((DutyShift s) -> s.kind() != DutyKind.RESPONSE_24H)
                        .thenComparing(s -> byId.containsKey(s.unitId()) ? byId.get(s.unitId()).sortOrder() : 0))
                .toList();
    }
}
