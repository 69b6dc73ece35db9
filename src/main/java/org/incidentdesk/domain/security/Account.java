package org.incidentdesk.domain.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A local account: who may sign in, as which roster person, with which roles and clearance. The password hash is
 * not part of it, so an account can be listed, shown and logged without it.
 *
 * @param name            the sign-in name (lower case)
 * @param displayName     the name written into the record and the audit for this account's changes
 * @param personId        the roster person the account belongs to (null once that person left the roster)
 * @param unitId          the person's unit when the account was made: the unit a liaison acts for (or null)
 * @param failedAttempts  wrong passwords since the last sign-in
 * @param lockedUntil     the end of a lock after repeated wrong passwords, or null
 */
public record Account(long id, String name, String displayName, Long personId, Long unitId, Set<Role> roles,
                      Secrecy clearance, int failedAttempts, Instant lockedUntil, boolean disabled,
                      Instant lastSignInAt, int version) {
    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether a lock holds at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
