package org.incidentdesk.app.channel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The window's side of one connection. Output frames may be sent from the command's thread and, when the database
 * stops answering, from the watchdog's (which ends the session while the command's thread stays stuck), so sending
 * is serialised; only the command's thread reads (standard input).
 */
final class Session implements AutoCloseable {
    private static final int STDIN_CHUNK = 64 * 1024;

    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final Object sending = new Object();
    private boolean ended;

    Session(SocketChannel channel) {
        this.channel = channel;
        this.in = new DataInputStream(Channels.newInputStream(channel));
        this.out = new DataOutputStream(Channels.newOutputStream(channel));
    }

    Frame receive() throws IOException {
        return Frame.readFrom(in);
    }

    private void send(Frame frame) throws IOException {
        synchronized (sending) {
            if (ended) {
                throw new IOException("the command's session has ended");
            }
            frame.writeTo(out);
        }
    }

    /** A stream whose bytes reach the client's standard output ({@link Frame#OUT}) or error ({@link Frame#ERR}). */
    OutputStream output(byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int from = offset; from < offset + length; from += Frame.MAX_PAYLOAD) {
                    int to = Math.min(offset + length, from + Frame.MAX_PAYLOAD);
                    send(new Frame(type, Arrays.copyOfRange(bytes, from, to)));
                }
            }
        };
    }

    /** The client's standard input, asked for chunk by chunk as the command reads. */
    InputStream stdin() {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private boolean atEnd;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (position == chunk.length && !fill()) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, into, offset, n);
                position += n;
                return n;
            }

            private boolean fill() throws IOException {
                if (atEnd) {
                    return false;
                }
                send(Frame.number(Frame.STDIN_WANTED, STDIN_CHUNK));
                Frame answer = receive();
                if (answer.type() != Frame.STDIN) {
                    throw new IOException("expected standard input, got frame " + answer.type());
                }
                chunk = answer.payload();
                position = 0;
                atEnd = chunk.length == 0;
                return !atEnd;
            }
        };
    }

    /** A password typed at the client's terminal after {@code prompt}; null when it has none. */
    char[] readPassword(String prompt) {
        try {
            send(Frame.text(Frame.PASSWORD_WANTED, prompt));
            return receive().password();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the command line process did not answer for the password", e);
        }
    }

    /** Ends the session with the command's exit code; later calls (and output) are ignored. */
    void exit(int code) {
        end(Frame.number(Frame.EXIT, code));
    }

    /** Ends the session without running anything; {@code reasonKey} names the reason in the message bundles. */
    void refuse(String reasonKey) {
        end(Frame.text(Frame.REFUSED, reasonKey));
    }

    private void end(Frame last) {
        synchronized (sending) {
            if (ended) {
                return;
            }
            try {
                last.writeTo(out);
            } catch (IOException gone) {
                // the command line process has gone (interrupted by its user): nobody is left to tell
            }
            ended = true;
        }
        close();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket that is already broken
        }
    }
}
