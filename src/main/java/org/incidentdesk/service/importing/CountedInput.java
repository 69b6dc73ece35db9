package org.incidentdesk.service.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

/** An input stream that reports every byte count it reads, so a reader can refuse once a limit is passed. */
public final class CountedInput extends FilterInputStream {
    private final IntConsumer counter;

    /** {@code counter} gets the number of bytes each read returned; it may throw to stop the reading. */
    public CountedInput(InputStream in, IntConsumer counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counter.accept(n);
        }
        return n;
    }
}
