package org.incidentdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU that processes outside the harness used while a figure ran, in cores. The load average cannot tell this:
 * a figure that starts a JVM puts its own compiler and collector threads in the run queue, so on two cores the load
 * exceeds the cores through the figure's own work. This counts the machine's busy time (/proc/stat) less the time
 * of the harness and every process it started (its own time, its reaped children's, and its live descendants').
 */
final class OtherWork {
    /** Clock ticks per second of /proc's counters; USER_HZ is 100 on every Linux the program runs on. */
    private static final double TICKS = 100;

    private final long machineBusy;
    private final long ownTicks;
    private final long startNanos;

    private OtherWork(long machineBusy, long ownTicks, long startNanos) {
        this.machineBusy = machineBusy;
        this.ownTicks = ownTicks;
        this.startNanos = startNanos;
    }

    /** Starts counting; {@code null} where /proc is not there to count from. */
    static OtherWork start() {
        try {
            return new OtherWork(machineBusyTicks(), harnessTreeTicks(), System.nanoTime());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Cores used on average by other processes since {@link #start()}; NaN where it cannot be read. */
    double coresSinceStart() {
        try {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long others = (machineBusyTicks() - machineBusy) - (harnessTreeTicks() - ownTicks);
            // under a second the counters' 10 ms ticks say nothing about a share of the CPU
            return seconds < 1 ? Double.NaN : Math.max(0, others / TICKS / seconds);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** user + nice + system + irq + softirq + steal of the "cpu" line. */
    private static long machineBusyTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(f[i]);
        }
        return busy;
    }

    private static long harnessTreeTicks() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(self);
        self.descendants().forEach(tree::add);
        long ticks = 0;
        for (ProcessHandle p : tree) {
            ticks += processTicks(p.pid());
        }
        return ticks;
    }

    /** utime + stime + cutime + cstime: the process's own time and that of its children it has waited for. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            // after the command name: state is field 3 of the whole line, utime field 14, so index 11 here
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // it exited between listing and reading: its time is in its parent's children's time
        }
    }
}
