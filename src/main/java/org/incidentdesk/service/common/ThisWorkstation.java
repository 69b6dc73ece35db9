package org.incidentdesk.service.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.incidentdesk.domain.event.WorkstationId;

/** The identity of the running program: the host's name (from the environment first, so no lookup waits) and its process id. */
final class ThisWorkstation {
    private ThisWorkstation() {
    }

    static WorkstationId id() {
        return new WorkstationId(hostName(), ProcessHandle.current().pid());
    }

    private static String hostName() {
        return Stream.of(System.getenv("COMPUTERNAME"), System.getenv("HOSTNAME"))
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElseGet(ThisWorkstation::lookedUpHostName);
    }

    private static String lookedUpHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
