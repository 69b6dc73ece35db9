package org.incidentdesk.service.sharing;

import java.util.List;
import java.util.function.Supplier;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseCopy;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.incidentdesk.store.ServerAddress;

/**
 * Moving an office to shared mode (issue 19.7): copies the workstation's embedded database into a new, empty
 * PostgreSQL database and proves the copy table by table (rows and a hash on each side). The embedded database is
 * open (and so locked against the window and other commands) for the whole copy, so nothing changes under it.
 */
public final class DatabaseCopyService {
    private final Supplier<Database> source;
    private final ActorSource actors;

    /** {@code source} opens the embedded database to copy from (the caller's data directory). */
    public DatabaseCopyService(Supplier<Database> source, ActorSource actors) {
        this.source = source;
        this.actors = actors;
    }

    /** One table's figures on both sides. */
    public record TableCheck(String table, long sourceRows, String sourceHash, long targetRows, String targetHash) {
        public boolean matches() {
            return sourceRows == targetRows && sourceHash.equals(targetHash);
        }
    }

    /** The copy's proof: every table, and whether each matched. */
    public record CopyReport(String source, String target, List<TableCheck> tables) {
        public boolean proven() {
            return tables.stream().allMatch(TableCheck::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCheck::sourceRows).sum();
        }
    }

    /** The server could not be reached or the copy failed on it; nothing of the office was committed there. */
    public static final class CopyFailure extends RuntimeException {
        private final String target;

        CopyFailure(String target, Throwable cause) {
            super(target + ": " + cause.getMessage(), cause);
            this.target = target;
        }

        public String target() {
            return target;
        }
    }

    /**
     * Copies into the database at {@code url} (jdbc:postgresql://host[:port]/database) signed in as {@code user}.
     * Refused (an {@link ImportRefusal}, nothing written) when the URL is not PostgreSQL's or the database holds
     * any table.
     */
    public CopyReport copyTo(String url, String user, String password) {
        Access.require(actors, Permission.BACKUP_CREATE); // the whole office's data, as a backup
        if (!ServerAddress.isPostgresql(url)) {
            throw new ImportRefusal("dbcopy.refused.notPostgresql", url);
        }
        ServerAddress target = new ServerAddress(url, user, password);
        try (Database from = source.get()) {
            try {
                List<TableCheck> tables = DatabaseCopy.copy(from, target).stream()
                        .map(p -> new TableCheck(p.table(), p.sourceRows(), p.sourceHash(), p.targetRows(),
                                p.targetHash()))
                        .toList();
                return new CopyReport(from.description(), target.display(), tables);
            } catch (DatabaseCopy.TargetNotEmptyException e) {
                throw new ImportRefusal(e, "dbcopy.refused.notEmpty", target.display(), e.tables().size(),
                        String.join(", ", e.tables().subList(0, Math.min(5, e.tables().size()))));
            } catch (DatabaseUnavailableException e) {
                throw new CopyFailure(target.display(), e);
            }
        }
    }
}
