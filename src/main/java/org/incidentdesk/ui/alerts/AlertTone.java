package org.incidentdesk.ui.alerts;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert's sound: a short tone synthesised in memory (no sound file, no media module) and played on a thread
 * of its own, never on the JavaFX thread. A reminder is one soft beep, an overdue alert or escalation two higher
 * ones. Where the machine has no audio device (a server, a remote desktop without sound) the tone is skipped,
 * and the log says so once.
 */
final class AlertTone implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertTone.class);
    private static final float RATE = 22_050f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    /** One tone at a time; the thread ends when idle, so a closed window leaves none behind. */
    private final ExecutorService player = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), Thread.ofPlatform().name("alert-tone").daemon().factory());
    private final AtomicBoolean unavailable = new AtomicBoolean();

    /** Plays the tone unless the machine has shown it cannot; returns at once. */
    void play(boolean urgent) {
        if (unavailable.get()) {
            return;
        }
        byte[] samples = urgent ? tones(880, 150, 2) : tones(660, 180, 1);
        player.execute(() -> {
            try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
                line.open(FORMAT);
                line.start();
                line.write(samples, 0, samples.length);
                line.drain();
            } catch (Exception | LinkageError e) {
                if (unavailable.compareAndSet(false, true)) {
                    LOG.info("no audio device for the alert tone ({}); alerts stay silent", e.toString());
                }
            }
        });
    }

    /** {@code count} beeps of {@code hertz} lasting {@code millis} each, with as much silence after each. */
    static byte[] tones(double hertz, int millis, int count) {
        int beep = (int) (RATE * millis / 1000);
        byte[] pcm = new byte[beep * 2 * 2 * count];
        int fade = beep / 10;
        for (int n = 0; n < count; n++) {
            int offset = n * beep * 2 * 2;
            for (int i = 0; i < beep; i++) {
                double envelope = Math.min(1.0, Math.min(i, beep - 1 - i) / (double) fade);
                short value = (short) (Math.sin(2 * Math.PI * hertz * i / RATE) * envelope * 0.4 * Short.MAX_VALUE);
                pcm[offset + 2 * i] = (byte) value;
                pcm[offset + 2 * i + 1] = (byte) (value >> 8);
            }
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
