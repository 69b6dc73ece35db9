package org.incidentdesk.domain.security;

/**
 * A secrecy mark (密级), lowest first, so an account whose clearance is at least a document's mark may see it.
 * {@link #NONE} is an unmarked document (非密); it needs no clearance.
 */
public enum Secrecy {
    NONE,
    /** 秘密 */
    SECRET,
    /** 机密 */
    CONFIDENTIAL,
    /** 绝密 */
    TOP_SECRET;

    public boolean permits(Secrecy mark) {
        return mark.ordinal() <= ordinal();
    }
}
