package org.incidentdesk.domain.event;

/** Which running workstation made a change: its host and its process, so two programs on one host differ. */
public record WorkstationId(String host, long processId) {
    public WorkstationId {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a workstation needs a host name");
        }
    }

    @Override
    public String toString() {
        return host + "#" + processId;
    }
}
