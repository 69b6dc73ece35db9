package org.incidentdesk.service.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidentdesk.domain.event.WorkstationId;

/**
 * The identity of the running program: the host's name and its process id. The name is read, never resolved:
 * {@code InetAddress.getLocalHost()} asks the name service, which on a machine whose name is not in
 * {@code /etc/hosts} means a DNS query — a network connection the program must not attempt on an isolated network.
 */
public final class ThisWorkstation {
    /** Where Linux keeps the kernel's host name, then the configured one. */
    static final List<Path> HOST_NAME_FILES = List.of(Path.of("/proc/sys/kernel/hostname"), Path.of("/etc/hostname"));

    private ThisWorkstation() {
    }

    public static WorkstationId id() {
        return new WorkstationId(hostName(System.getenv(), HOST_NAME_FILES), ProcessHandle.current().pid());
    }

    /** Windows sets COMPUTERNAME; a shell may export HOSTNAME; Linux has the files; else "localhost". */
    static String hostName(Map<String, String> environment, List<Path> hostNameFiles) {
        return Stream.concat(Stream.of(environment.get("COMPUTERNAME"), environment.get("HOSTNAME")),
                        hostNameFiles.stream().map(ThisWorkstation::firstLine).flatMap(Optional::stream))
                .filter(name -> name != null && !name.isBlank())
                .map(String::strip)
                .findFirst()
                .orElse("localhost");
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return Files.isReadable(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst() : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
