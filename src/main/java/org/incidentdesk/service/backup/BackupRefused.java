package org.incidentdesk.service.backup;

import org.incidentdesk.service.importing.ImportRefusal;

/**
 * A backup file cannot be restored (damaged, truncated, altered, not a backup) or a restore cannot start (the
 * window holds the database). Nothing was changed; the first argument names the file or the data directory.
 */
public class BackupRefused extends ImportRefusal {
    public BackupRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public BackupRefused(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
