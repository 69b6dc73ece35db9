package org.incidentdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's one-minute load average, from /proc/loadavg where there is one. */
final class LoadAverage {
    private LoadAverage() {
    }

    static double now() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
