package org.incidentdesk.service.escalation;

/**
 * A channel that carries alerts out of the workstation: an office's intranet mail server or SMS gateway. The
 * in-app alert (the notification, the alert list, the call list) needs no notifier: it follows the deadline
 * events. Channels are optional and off by default; a send that fails throws, and is shown and retried.
 */
public interface Notifier {
    /** A short name for messages and logs: "smtp", "sms". */
    String channel();

    /** Sends the alert, or throws with the reason it could not. */
    void send(Alert alert) throws NotifierException;
}
