package org.incidentdesk.app.channel;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One message on the window's channel: a type byte, a length and that many bytes. The command line sends one
 * request ({@link #RUN} or {@link #FRONT}); the window answers with output frames and ends with {@link #EXIT}, or
 * with {@link #REFUSED}. Standard input and a password travel only when the window asks for them
 * ({@link #STDIN_WANTED}, {@link #PASSWORD_WANTED}), so a command that never reads them never waits on the terminal.
 */
record Frame(byte type, byte[] payload) {
    /** client → window: run a command (see {@link Request.Run}). */
    static final byte RUN = 1;
    /** client → window: come to the front (see {@link Request.Front}). */
    static final byte FRONT = 2;
    /** window → client: bytes for standard output, already in the client's charset. */
    static final byte OUT = 10;
    /** window → client: bytes for standard error. */
    static final byte ERR = 11;
    /** window → client: the command reads standard input; send at most this many bytes. */
    static final byte STDIN_WANTED = 12;
    /** window → client: the command asks for a password at the caller's terminal, after this prompt. */
    static final byte PASSWORD_WANTED = 15;
    /** window → client: the command ended with this exit code; nothing follows. */
    static final byte EXIT = 13;
    /** window → client: the request was not taken (the reason, in words); nothing follows. */
    static final byte REFUSED = 14;
    /** client → window: standard input in answer to {@link #STDIN_WANTED}; empty at its end. */
    static final byte STDIN = 20;
    /** client → window: in answer to {@link #PASSWORD_WANTED}, 1 and the typed UTF-8, or 0: no terminal. */
    static final byte PASSWORD = 21;

    /** Far above any request or output chunk; a larger length means the other side is not this program. */
    static final int MAX_PAYLOAD = 1 << 20;

    static Frame number(byte type, int value) {
        return new Frame(type, ByteBuffer.allocate(4).putInt(value).array());
    }

    static Frame text(byte type, String value) {
        return new Frame(type, value.getBytes(StandardCharsets.UTF_8));
    }

    int number() {
        if (payload.length != 4) {
            throw new IllegalStateException("frame " + type + " carries " + payload.length + " bytes, not a number");
        }
        return ByteBuffer.wrap(payload).getInt();
    }

    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** A password, or none (null: no terminal), as the client sends it; the caller wipes the frame's bytes after. */
    static Frame password(char[] typed) {
        if (typed == null) {
            return new Frame(PASSWORD, new byte[] {0});
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(typed));
        byte[] payload = new byte[1 + utf8.remaining()];
        payload[0] = 1;
        utf8.get(payload, 1, utf8.remaining());
        java.util.Arrays.fill(utf8.array(), (byte) 0);
        return new Frame(PASSWORD, payload);
    }

    /** The password a {@link #PASSWORD} frame carries, null for none; wipes the frame's bytes. */
    char[] password() throws IOException {
        if (type != PASSWORD || payload.length == 0) {
            throw new IOException("expected a password, got frame " + type);
        }
        try {
            if (payload[0] == 0) {
                return null;
            }
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(payload, 1, payload.length - 1));
            char[] typed = new char[chars.remaining()];
            chars.get(typed);
            java.util.Arrays.fill(chars.array(), '\0');
            return typed;
        } finally {
            java.util.Arrays.fill(payload, (byte) 0);
        }
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(type);
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }

    static Frame readFrom(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("the other side closed the channel");
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("frame of " + length + " bytes refused");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame((byte) type, payload);
    }

    /** Builds a payload of texts and numbers. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        Writer text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            try {
                data.writeInt(utf8.length);
                data.write(utf8);
            } catch (IOException e) {
                throw new IllegalStateException(e); // in memory
            }
            return this;
        }

        Writer number(int value) {
            try {
                data.writeInt(value);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Frame frame(byte type) {
            return new Frame(type, bytes.toByteArray());
        }
    }

    /** Reads a payload {@link Writer} built, in the same order. */
    static final class Reader {
        private final ByteBuffer buffer;

        Reader(Frame frame) {
            this.buffer = ByteBuffer.wrap(frame.payload());
        }

        String text() throws IOException {
            int length = number();
            if (length < 0 || length > buffer.remaining()) {
                throw new IOException("malformed request: a text of " + length + " bytes");
            }
            byte[] utf8 = new byte[length];
            buffer.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        int number() throws IOException {
            if (buffer.remaining() < 4) {
                throw new IOException("malformed request: truncated");
            }
            return buffer.getInt();
        }
    }
}
