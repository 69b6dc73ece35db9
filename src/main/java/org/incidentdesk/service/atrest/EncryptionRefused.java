package org.incidentdesk.service.atrest;

import org.incidentdesk.service.importing.ImportRefusal;

/**
 * The database cannot be encrypted, opened or re-keyed as asked: no key, a wrong or too short one, the database
 * held by a running program, already encrypted or not. Nothing was changed; the first argument names the data
 * directory.
 */
public final class EncryptionRefused extends ImportRefusal {
    public EncryptionRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public EncryptionRefused(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
