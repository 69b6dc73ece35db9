package org.incidentdesk.service.incident;

import org.incidentdesk.service.common.Sha256;

import org.incidentdesk.domain.common.TypedText;
import org.incidentdesk.service.importing.CellText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.EvidenceKind;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.PrivateFiles;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Preserves evidence (R17). A file is copied into {@code evidence/} of the data directory under a new name,
 * its SHA-256 taken from the very bytes written, and made read-only; it is never written again. A link is
 * recorded as given. {@link #check} lists every file whose bytes no longer match (or that is gone). The folder and
 * the copies are private to the user (issue 20.5).
 * Thread-safe; never call it on the JavaFX thread.
 */
public final class EvidenceService {
    static final String FOLDER = "evidence";
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    static final int MAX_NOTE = 2000;
    static final int MAX_URL = 2000;

    private final IncidentChanges changes;
    private final Path folder;

    public EvidenceService(Store store, Clock clock, ActorSource actors, EventBus events, Path dataDir) {
        this.changes = new IncidentChanges(store, clock, actors, events);
        this.folder = dataDir.resolve(FOLDER);
    }

    /** What is wrong with one evidence file. */
    public record Problem(Evidence evidence, Kind kind, String actualSha256) {
        public enum Kind {
            /** The file is no longer in the evidence folder. */
            MISSING,
            /** The file's bytes differ from those captured. */
            CHANGED
        }
    }

    /** Copies {@code source} into the evidence folder and records it on the incident. */
    public Evidence attachFile(long incidentId, Path source, String note) {
        Access.require(changes.actors(), Permission.INCIDENT_RECORD);
        checkNote(note);
        if (!Files.isRegularFile(source)) {
            throw IncidentService.refused("evidence.file", "evidence.notAFile", CellText.forMessage(source.toString(), 200));
        }
        String name = source.getFileName().toString();
        int control = TypedText.firstControl(name, false);
        if (control >= 0) { // the name is shown on the timeline, in the terminal and on printed forms
            throw IncidentService.refused("evidence.file", "evidence.badName", CellText.forMessage(name),
                    TypedText.codePointName(control));
        }
        Copied copied = copyIn(source);
        try {
            return changes.change(incidentId, (s, incident, stamp) -> {
                long id = s.evidence().insert(incidentId, EvidenceKind.FILE, source.getFileName().toString(),
                        copied.storedName(), null, copied.size(), copied.sha256(), clean(note), stamp);
                return new IncidentChanges.Outcome<>(find(s.evidence().forIncident(incidentId), id),
                        new TimelineFact.EvidenceAttached(id, source.getFileName().toString(), copied.sha256()), null);
            });
        } catch (RuntimeException failed) {
            deleteQuietly(path(copied.storedName()), failed);
            throw failed;
        }
    }

    /** Records a link (a post, a page) as evidence; only http(s) addresses are taken. */
    public Evidence attachLink(long incidentId, String url, String note) {
        Access.require(changes.actors(), Permission.INCIDENT_RECORD);
        checkNote(note);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("evidence.url", url, MAX_URL, problems);
        if (problems.isEmpty() && !isWebAddress(url.strip())) {
            problems.add(Violation.of("evidence.url", "evidence.notALink", url.strip()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String link = url.strip();
        return changes.change(incidentId, (s, incident, stamp) -> {
            long id = s.evidence().insert(incidentId, EvidenceKind.LINK, null, null, link, 0, null, clean(note), stamp);
            return new IncidentChanges.Outcome<>(find(s.evidence().forIncident(incidentId), id),
                    new TimelineFact.EvidenceAttached(id, link, null), null);
        });
    }

    /** Where an evidence file is kept (to open it; never to write it). */
    public Path path(Evidence evidence) {
        return path(evidence.storedName());
    }

    /** What a check of one incident's evidence found: how many files were checked, and the problems. */
    public record CheckResult(int files, List<Problem> problems) {
        public CheckResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks every evidence file of incident {@code incidentId} against its SHA-256 and records the check on
     * the incident's timeline and in the audit log, naming each file changed or missing. The files are read
     * before the record's transaction opens (hashing large files must not hold it).
     */
    public CheckResult check(long incidentId) {
        List<Evidence> files = changes.read(s -> s.evidence().forIncident(incidentId)).stream()
                .filter(e -> e.kind() == EvidenceKind.FILE).toList();
        List<Problem> problems = problemsOf(files);
        TimelineFact checked = new TimelineFact.EvidenceChecked(files.size(), namesOf(problems, Problem.Kind.CHANGED),
                namesOf(problems, Problem.Kind.MISSING));
        changes.change(incidentId, (s, incident, stamp) -> new IncidentChanges.Outcome<>(null, checked, null));
        return new CheckResult(files.size(), problems);
    }

    private static List<String> namesOf(List<Problem> problems, Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).map(p -> p.evidence().originalName()).toList();
    }

    /** Every evidence file whose bytes no longer match the SHA-256 taken at capture, or that is gone. */
    public List<Problem> check() {
        return problemsOf(changes.read(s -> s.evidence().files()));
    }

    private List<Problem> problemsOf(List<Evidence> files) {
        List<Problem> problems = new ArrayList<>();
        for (Evidence evidence : files) {
            String actual = currentSha256(evidence);
            if (actual == null) {
                problems.add(new Problem(evidence, Problem.Kind.MISSING, null));
            } else if (!actual.equals(evidence.sha256())) {
                problems.add(new Problem(evidence, Problem.Kind.CHANGED, actual));
            }
        }
        return problems;
    }

    private record Copied(String storedName, long size, String sha256) {
    }

    private Copied copyIn(Path source) {
        String storedName = "e-" + UUID.randomUUID() + extension(source);
        Path target = path(storedName);
        try {
            PrivateFiles.createDirectories(folder);
            if (Files.size(source) > MAX_FILE_BYTES) {
                throw IncidentService.refused("evidence.file", "evidence.tooLarge", source.toString(),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            Path partial = folder.resolve("." + storedName + ".part");
            MessageDigest digest = Sha256.digest();
            long size;
            PrivateFiles.createFile(partial);
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING)) {
                size = in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            target.toFile().setWritable(false, false); // owner-only and read-only: 0400 on POSIX
            return new Copied(storedName, size, Sha256.hex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException("copying evidence " + source + " to " + target, e);
        }
    }

    /** The SHA-256 of the kept file of {@code evidence} now, or null when the file is gone. */
    public String currentSha256(Evidence evidence) {
        Path file = path(evidence);
        return Files.isRegularFile(file) ? sha256Of(file) : null;
    }

    private Path path(String storedName) {
        return folder.resolve(storedName);
    }

    private static String sha256Of(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading evidence " + file, e);
        }
    }


    /** Keeps a short, plain extension so the file opens with the right program; the name itself is ours. */
    private static String extension(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkNote(String note) {
        List<Violation> problems = new ArrayList<>();
        TypedText.check("evidence.note", note, MAX_NOTE, false, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String clean(String note) {
        return note == null ? "" : note.strip();
    }

    private static Evidence find(List<Evidence> evidence, long id) {
        return evidence.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private static void deleteQuietly(Path file, RuntimeException failure) {
        try {
            file.toFile().setWritable(true, false);
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
