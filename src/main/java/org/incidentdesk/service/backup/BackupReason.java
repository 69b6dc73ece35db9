package org.incidentdesk.service.backup;

/** Why a backup was taken; automatic ones (not {@link #MANUAL}) are rotated in the backup folder. */
public enum BackupReason {
    /** {@code incidentdesk backup --out FILE}. */
    MANUAL,
    /** The window's schedule (default daily). */
    SCHEDULED,
    /** An existing database was about to be migrated to a newer schema. */
    PRE_MIGRATION;

    /** How the reason appears in file names and manifests. */
    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static BackupReason ofTag(String tag) {
        for (BackupReason reason : values()) {
            if (reason.tag().equals(tag)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown backup reason " + tag);
    }
}
