package org.incidentdesk.service.documents;

/** The printer was not found or refused the job; nothing was recorded and no number was taken. */
public class PrintFailedException extends RuntimeException {
    private final String printer;

    public PrintFailedException(String printer, Throwable cause) {
        super("printing on " + printer + " failed: " + cause.getMessage(), cause);
        this.printer = printer;
    }

    public String printer() {
        return printer;
    }
}
