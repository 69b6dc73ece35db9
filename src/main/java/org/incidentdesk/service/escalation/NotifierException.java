package org.incidentdesk.service.escalation;

/** A channel could not send an alert; the message says why, for the person who must fix the channel. */
public class NotifierException extends Exception {
    public NotifierException(String message, Throwable cause) {
        super(message, cause);
    }

    public NotifierException(String message) {
        super(message);
    }
}
