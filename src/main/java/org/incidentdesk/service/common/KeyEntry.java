package org.incidentdesk.service.common;

/**
 * Where the key of an encrypted database comes from when one is needed: the start-up dialog, or on the command line
 * {@code INCIDENTDESK_DB_KEY}, {@code --db-key-stdin} or the console. Asked only when the database is encrypted, so
 * a plain office is never asked. The caller clears the returned characters once it has used them.
 */
@FunctionalInterface
public interface KeyEntry {
    /** No way to ask: an encrypted database is refused for want of a key. */
    KeyEntry NONE = () -> null;

    /** The key, or null when none is given. */
    char[] enter();
}
