package org.incidentdesk.ui.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentdesk.domain.roster.OrgUnit;

/**
 * The units as the tree the roster shows: each unit under its parent, sub-units ordered by kind (指挥部
 * before 办公室 before 成员单位 …) and then by their sort order. A unit whose parent is missing, or whose
 * chain of parents loops (data from elsewhere), is shown at the top rather than lost.
 */
public record UnitTree(List<Node> roots) {
    public record Node(OrgUnit unit, List<Node> children) {
    }

    private static final Comparator<Node> BY_KIND = Comparator.comparingInt(n -> kindRank(n.unit()));

    public static UnitTree of(List<OrgUnit> units) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, Node> nodes = new LinkedHashMap<>();
        units.forEach(u -> nodes.put(u.id(), new Node(u, new ArrayList<>())));
        List<Node> roots = new ArrayList<>();
        for (OrgUnit unit : units) {
            Node parent = reachesTop(unit, byId) && unit.parentId() != null ? nodes.get(unit.parentId()) : null;
            (parent == null ? roots : parent.children()).add(nodes.get(unit.id()));
        }
        nodes.values().forEach(n -> n.children().sort(BY_KIND));
        return new UnitTree(List.copyOf(roots));
    }

    private static boolean reachesTop(OrgUnit unit, Map<Long, OrgUnit> byId) {
        Set<Long> seen = new HashSet<>();
        for (OrgUnit u = unit; u != null && u.parentId() != null; u = byId.get(u.parentId())) {
            if (!seen.add(u.id())) {
                return false;
            }
        }
        return true;
    }

    private static int kindRank(OrgUnit unit) {
        return unit.kind().ordinal() * 100_000 + unit.sortOrder();
    }
}
