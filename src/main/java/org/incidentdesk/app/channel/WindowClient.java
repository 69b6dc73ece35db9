package org.incidentdesk.app.channel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.cli.Caller;

/** The command line's side of the window's channel: one request per connection. */
public final class WindowClient implements AutoCloseable {
    /** The window did not take the request; {@link #reasonKey()} names why in the message bundles. */
    public static final class Refused extends Exception {
        private final String reasonKey;

        Refused(String reasonKey) {
            super(reasonKey, null, false, false);
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    private final Path dataDir;
    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;

    private WindowClient(Path dataDir, SocketChannel channel) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.in = new DataInputStream(Channels.newInputStream(channel));
        this.out = new DataOutputStream(Channels.newOutputStream(channel));
    }

    /**
     * Connects to the window of {@code dataDir}; empty when none listens there (no socket file, or one a killed
     * window left behind, or a system without UNIX-domain sockets).
     */
    public static Optional<WindowClient> connect(Path dataDir) {
        Path socket = WindowChannel.socketIn(dataDir);
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException | RuntimeException e) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new WindowClient(dataDir.toAbsolutePath(), channel));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Has the window run the command {@code args} as {@code caller} would; its output is written to {@code stdout}
     * and {@code stderr} in the caller's charset as it comes; standard input and a password are read from the
     * caller's when the command asks. Returns the command's exit code.
     */
    public int run(List<String> args, Caller caller, OutputStream stdout, OutputStream stderr)
            throws IOException, Refused {
        new Request.Run(dataDir, args, caller.workingDirectory(), caller.variables(), caller.charset()).frame()
                .writeTo(out);
        while (true) {
            Frame frame = Frame.readFrom(in);
            switch (frame.type()) {
                case Frame.OUT -> copy(frame, stdout);
                case Frame.ERR -> copy(frame, stderr);
                case Frame.STDIN_WANTED -> sendStdin(caller.stdin(), frame.number());
                case Frame.PASSWORD_WANTED -> sendPassword(caller.terminal().readPassword(frame.text()));
                case Frame.EXIT -> {
                    return frame.number();
                }
                case Frame.REFUSED -> throw new Refused(frame.text());
                default -> throw new IOException("unexpected frame " + frame.type() + " from the window");
            }
        }
    }

    /** Asks the window to come to the front (and import {@code planFile}, if given). */
    public void bringToFront(Optional<Path> planFile) throws IOException, Refused {
        new Request.Front(dataDir, planFile.map(Path::toAbsolutePath)).frame().writeTo(out);
        Frame answer = Frame.readFrom(in);
        if (answer.type() == Frame.REFUSED) {
            throw new Refused(answer.text());
        }
        if (answer.type() != Frame.EXIT) {
            throw new IOException("unexpected frame " + answer.type() + " from the window");
        }
    }

    private static void copy(Frame frame, OutputStream to) throws IOException {
        to.write(frame.payload());
        to.flush();
    }

    private void sendStdin(InputStream stdin, int wanted) throws IOException {
        byte[] buffer = new byte[Math.clamp(wanted, 1, Frame.MAX_PAYLOAD)];
        int n = stdin.read(buffer);
        new Frame(Frame.STDIN, n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, n)).writeTo(out);
    }

    private void sendPassword(char[] typed) throws IOException {
        Frame answer = Frame.password(typed);
        try {
            answer.writeTo(out);
        } finally {
            java.util.Arrays.fill(answer.payload(), (byte) 0);
            if (typed != null) {
                java.util.Arrays.fill(typed, '\0');
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already broken
        }
    }
}
