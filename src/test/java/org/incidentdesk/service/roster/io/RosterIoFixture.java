package org.incidentdesk.service.roster.io;

import org.incidentdesk.store.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/** A private in-memory database with the roster services on a fixed clock, and helpers to write test files. */
final class RosterIoFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    final Database database = TestDatabase.open("rosterio-" + UUID.randomUUID());
    final EventBus events = new EventBus();
    final Store store = new Store(database, events::publish);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RosterService roster = new RosterService(store, clock, () -> new Actor("tester"), events);
    final RosterImportService importer = new RosterImportService(store, clock, () -> new Actor("tester"), events);
    final RosterExportService exporter = new RosterExportService(store, () -> new Actor("tester"));
    private final Path dir;

    RosterIoFixture(Path dir) {
        this.dir = dir;
    }

    OrgUnit unit(String name, UnitKind kind, OrgUnit parent) {
        return roster.saveUnit(new OrgUnit(null, parent == null ? null : parent.id(), kind, name, null, 0, 0));
    }

    Person person(String name, OrgUnit unit, String mobile, Post... posts) {
        return roster.savePerson(new Person(null, name, unit.id(), null, mobile, null, null, null, List.of(posts), 0));
    }

    Roster load() {
        return roster.load();
    }

    Person personNamed(String name) {
        return load().people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    OrgUnit unitNamed(String name) {
        return load().unitNamed(name).orElseThrow();
    }

    /** A CSV file as a spreadsheet program writes it: the given encoding, CRLF line ends, an optional BOM. */
    Path csv(String fileName, Charset charset, boolean byteOrderMark, String... lines) {
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] bytes = body;
        if (byteOrderMark) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return write(fileName, bytes);
    }

    Path write(String fileName, byte[] bytes) {
        try {
            return Files.write(dir.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String fileName) {
        return dir.resolve(fileName);
    }

    @Override
    public void close() {
        database.close();
    }
}
