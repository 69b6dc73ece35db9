package org.incidentdesk.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration of ours: a version and a description, run in Flyway's transaction, no checksum (its code is
 * never edited once released, like a script).
 */
abstract class TransactionalJavaMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;

    TransactionalJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
