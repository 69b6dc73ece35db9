package org.incidentdesk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainVerifier;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.account.CurrentSession;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The role guard's refusals land in the audit chain, in their own transaction, and the chain still verifies. */
class RefusalAuditTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Principal OBSERVER = new Principal(new Actor("观察员甲"), 7L, 3L, 1L, Set.of(Role.OBSERVER),
            Secrecy.NONE, false);

    private Database database;
    private Store store;
    private CurrentSession actors;

    @BeforeEach
    void open() {
        database = TestDatabase.open("refusals-" + UUID.randomUUID());
        store = new Store(database, e -> { });
        actors = new CurrentSession(new org.incidentdesk.service.common.ActorSource() {
            @Override
            public Actor current() {
                return OBSERVER.actor();
            }

            @Override
            public Principal principal() {
                return OBSERVER;
            }
        });
        actors.auditRefusalsTo(new RefusalAudit(store, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<ChainedEntry> entries() {
        return store.inTransaction(s -> s.audit().find(new AuditQuery(null, null, null, null), 100));
    }

    private static Map<String, String> fields(ChainedEntry entry) {
        return entry.entry().changes().stream().collect(Collectors.toMap(FieldChange::field, FieldChange::after));
    }

    private boolean chainVerifies() {
        return store.inTransaction(s -> new ChainVerifier().verify(s.audit()::walk, List.of())).findings().isEmpty();
    }

    @Test
    void aDeniedCallLeavesOneEntryNamingActorActionAndMissingPermission() {
        assertThrows(AccessDenied.class, () -> Access.require(actors, Permission.AUDIT_PURGE));

        List<ChainedEntry> entries = entries();
        assertEquals(1, entries.size());
        ChainedEntry refusal = entries.getFirst();
        assertEquals(RefusalAudit.ACTION, refusal.entry().action());
        assertEquals("观察员甲", refusal.entry().actor());
        assertEquals("7", refusal.entry().entityId(), "the account's id");
        assertEquals(NOW, refusal.entry().at());
        Map<String, String> fields = fields(refusal);
        assertEquals("AUDIT_PURGE", fields.get("permission"));
        assertEquals("AUDIT_ADMIN", fields.get("rolesNeeded"));
        assertEquals("OBSERVER", fields.get("rolesHeld"));
        assertTrue(fields.get("attempted").startsWith("RefusalAuditTest.lambda$aDeniedCall"),
                "the method that asked the guard: " + fields.get("attempted"));
        assertEquals(RefusalAudit.REFUSED, fields.get("outcome"));
        assertTrue(chainVerifies());
    }

    @Test
    void aRefusalInsideATransactionIsWrittenAfterItRollsBackAndTheChainVerifies() {
        AccessDenied denied = assertThrows(AccessDenied.class, () -> store.run(s -> {
            s.audit().append(new Stamp(NOW, OBSERVER.actor()), "somethingBefore", "incident", 1L,
                    FieldChange.set("title", "rolled back"));
            Access.requireAny(actors, Permission.INCIDENT_EDIT, Permission.INCIDENT_RECORD);
        }));

        assertEquals(Permission.INCIDENT_EDIT, denied.permission());
        List<ChainedEntry> entries = entries();
        assertEquals(List.of(RefusalAudit.ACTION), entries.stream().map(e -> e.entry().action()).toList(),
                "the refused work's own entry rolled back; the refusal's stayed");
        assertEquals("INCIDENT_EDIT", fields(entries.getFirst()).get("permission"));
        assertTrue(chainVerifies());
    }

    @Test
    void aRefusalForAnotherUnitIsAuditedAndAnAllowedCallLeavesNothing() {
        Access.require(actors, Permission.OWN_PASSWORD);
        assertTrue(entries().isEmpty(), "an allowed call writes no refusal");

        assertThrows(AccessDenied.class, () -> Access.requireForUnit(actors, Permission.TASK_UPDATE,
                Permission.TASK_UPDATE_OWN_UNIT, 2L));

        assertEquals(1, entries().size());
        assertEquals("TASK_UPDATE", fields(entries().getFirst()).get("permission"));
    }

    @Test
    void aFailedAuditWriteLeavesTheRefusalAsItWas() {
        database.close();

        AccessDenied denied = assertThrows(AccessDenied.class, () -> Access.require(actors, Permission.SETTINGS));

        assertEquals("access.denied", denied.violations().getFirst().messageKey());
        assertFalse(denied.getMessage().isEmpty());
        database = TestDatabase.open("refusals-closed-" + UUID.randomUUID()); // for close()
    }
}
