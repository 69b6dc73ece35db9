package org.incidentdesk.service.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.RoleHolders;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.Store;

/**
 * The plan post acting on a warning. For a signed-in account it is a post its roster person holds (RoleHolders:
 * the plan's unit and post title matched in the roster), never a post the caller merely names: a named post the
 * person does not hold is refused. The workstation acting on its own (set-up mode, drills, tests) acts as the post
 * named, as before accounts existed.
 */
final class WarningIssuer {
    private final ActorSource actors;
    private final Store store;

    WarningIssuer(ActorSource actors, Store store) {
        this.actors = actors;
        this.store = store;
    }

    /**
     * The post issuing {@code level}: the workstation's {@code named} post (or, blank, the first with the
     * authority); a signed-in person's {@code named} post if they hold it, else their post with the authority, else
     * one that may propose the level for approval.
     */
    String issuing(ContingencyPlan plan, WarningAuthorities authorities, String named, WarningLevel level) {
        Optional<List<String>> held = held(plan, named, authorities);
        if (held.isEmpty()) {
            return named == null || named.isBlank()
                    ? authorities.authoritiesFor(level.id()).stream().findFirst().orElseThrow(
                            () -> WarningRefusal.of("warning.issuer", "warning.noAuthorityForLevel", level.label()))
                    : authorities.resolveRole(named);
        }
        List<String> posts = held.get();
        return posts.stream().filter(r -> onOwnAuthority(authorities, r, level.id())).findFirst()
                .or(() -> posts.stream().filter(r -> authorities.check(r, level.id()).allowed()).findFirst())
                .orElseThrow(() -> noPost(authorities, posts, level));
    }

    /**
     * The post acting on its own authority for {@code level} (approving, adjusting, lifting): the workstation's
     * {@code named} post or else {@code usual}; a signed-in person's post among those they hold ({@code named} or,
     * blank, {@code usual} first) that has the authority. Refused, naming why, when there is none.
     */
    String acting(ContingencyPlan plan, WarningAuthorities authorities, String named, String usual, WarningLevel level) {
        Optional<List<String>> held = held(plan, named, authorities);
        List<String> candidates = held.orElseGet(() -> List.of(named == null || named.isBlank() ? usual
                : authorities.resolveRole(named)));
        if (held.isPresent() && (named == null || named.isBlank()) && candidates.contains(usual)) {
            candidates = new ArrayList<>(candidates);
            candidates.remove(usual);
            candidates.add(0, usual);
        }
        for (String role : candidates) {
            if (onOwnAuthority(authorities, role, level.id())) {
                return role;
            }
        }
        if (candidates.isEmpty()) {
            throw noPost(authorities, candidates, level);
        }
        throw new WarningRefusal(authorities.check(candidates.get(0), level.id()).problem());
    }

    /**
     * Empty for the workstation (any post may be named); for a signed-in account the posts its person holds, only
     * {@code named} when given (refused unless held).
     */
    private Optional<List<String>> held(ContingencyPlan plan, String named, WarningAuthorities authorities) {
        Principal principal = actors.principal();
        if (principal.workstation()) {
            return Optional.empty();
        }
        if (principal.personId() == null) {
            throw WarningRefusal.of("warning.issuer", "access.noPerson");
        }
        RoleHolders holders = new RoleHolders(plan, store.inTransaction(s -> s.roster().load()));
        List<String> posts = plan.organisation().roles().stream().map(PlanRole::id)
                .filter(r -> holders.holdersOf(r).stream().anyMatch(p -> principal.personId().equals(p.id())))
                .toList();
        if (named == null || named.isBlank()) {
            return Optional.of(posts);
        }
        String role = authorities.resolveRole(named);
        if (!posts.contains(role)) {
            throw WarningRefusal.of("warning.issuer", "access.issuerNotHeld", authorities.roleName(role));
        }
        return Optional.of(List.of(role));
    }

    private static boolean onOwnAuthority(WarningAuthorities authorities, String role, String levelId) {
        AuthorityCheck check = authorities.check(role, levelId);
        return check.allowed() && !check.needsApproval();
    }

    private static WarningRefusal noPost(WarningAuthorities authorities, List<String> posts, WarningLevel level) {
        return WarningRefusal.of("warning.issuer", "access.noIssuerPost", level.label(),
                posts.isEmpty() ? "—" : String.join("、", posts.stream().map(authorities::roleName).toList()));
    }
}
