package org.incidentdesk.app.channel;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.incidentdesk.cli.Caller;
import org.incidentdesk.service.common.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's channel for other processes of the same user on the same machine: a UNIX-domain socket (Linux,
 * and Windows 10 and later) in the data directory, never a TCP port. Only the user can reach it: the data
 * directory is private to the user (0700) and the socket file is made 0600; where the system tells who is
 * calling (SO_PEERCRED), a caller who does not own the data directory is refused as well.
 * <p>
 * The window opens it only once it holds the database, so a socket file found then is stale (a window that was
 * killed) and is replaced; the command line only looks for it when the database is held.
 */
public final class WindowChannel implements AutoCloseable {
    public static final String SOCKET_FILE = "window.sock";
    private static final Logger LOG = LoggerFactory.getLogger(WindowChannel.class);

    /** The root command's options that take a value (which is not a command word). */
    private static final java.util.Set<String> ROOT_OPTIONS_WITH_VALUE = java.util.Set.of("--data-dir", "--lang",
            "--user", "--db-url");

    private final Path dataDir;
    private final Path socket;
    private final ServerSocketChannel server;
    private final WindowRequests requests;
    private final AtomicInteger sessions = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int running;

    private WindowChannel(Path dataDir, Path socket, ServerSocketChannel server, WindowRequests requests) {
        this.dataDir = dataDir;
        this.socket = socket;
        this.server = server;
        this.requests = requests;
    }

    /** The socket the window of {@code dataDir} listens on. */
    public static Path socketIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(SOCKET_FILE);
    }

    /**
     * Listens in {@code dataDir}, whose database this process holds; removes a socket file left by a window that
     * did not close. Fails when the system has no UNIX-domain sockets or the path is too long for one (about 100
     * bytes); the window then works as before, and a command line is refused while it is open.
     */
    public static WindowChannel listen(Path dataDir, WindowRequests requests) throws IOException {
        Path socket = socketIn(dataDir);
        if (Files.deleteIfExists(socket)) {
            LOG.info("stale window socket {} removed", socket);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            makeOwnerOnly(socket);
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(socket);
            throw e;
        }
        WindowChannel channel = new WindowChannel(dataDir.toAbsolutePath(), socket, server, requests);
        Thread.ofPlatform().name("window-channel").daemon().start(channel::accept);
        LOG.info("listening for the command line on {}", socket);
        return channel;
    }

    /** 0600 where the file system has POSIX permissions (connecting needs write access); an owner-only ACL elsewhere. */
    private static void makeOwnerOnly(Path socket) throws IOException {
        if (Files.getFileStore(socket).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(socket, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE));
        } else {
            PrivateFiles.makePrivate(socket);
        }
    }

    public Path socket() {
        return socket;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread.ofPlatform().name("window-command-" + sessions.incrementAndGet()).daemon()
                        .start(() -> serve(connection));
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.warn("accepting a command line connection failed", e);
            }
        }
    }

    private void serve(SocketChannel connection) {
        begin();
        try (Session session = new Session(connection)) {
            if (!isOwner(connection)) {
                session.refuse("channel.refused.user");
                return;
            }
            Request request = Request.of(session.receive());
            if (!isOurs(request.dataDir())) {
                session.refuse("channel.refused.dataDir");
                return;
            }
            switch (request) {
                case Request.Run run -> session.exit(run(session, run));
                case Request.Front front -> {
                    requests.bringToFront(front.planFile());
                    session.exit(0);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("a command line request failed", e);
        } finally {
            end();
        }
    }

    private int run(Session session, Request.Run run) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(session.output(Frame.OUT), run.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(session.output(Frame.ERR), run.charset()), true);
        Caller caller = new Caller(run.workingDirectory(), run.variables(), session.stdin(), run.charset(),
                session::readPassword);
        LOG.info("running for the command line: {}", commandOf(run.args()));
        try {
            return requests.run(run.args(), caller, out, err, session::exit);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command's words ("incident new") for the log, without its arguments (titles, names, files). */
    static String commandOf(List<String> args) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (words.size() == 2) {
                break; // commands are at most two deep; what follows is arguments
            }
            if (arg.startsWith("-")) {
                if (!words.isEmpty()) {
                    break;
                }
                if (!arg.contains("=") && ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                    i++;
                }
            } else {
                words.add(arg);
            }
        }
        return String.join(" ", words);
    }

    /** Where the system says who is calling, only the owner of the data directory may. */
    private boolean isOwner(SocketChannel connection) throws IOException {
        if (!connection.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return true; // Windows: the socket file's access list is all there is
        }
        UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer.user().equals(Files.getOwner(dataDir));
    }

    private boolean isOurs(Path requested) {
        try {
            return Files.isSameFile(requested, dataDir);
        } catch (IOException e) {
            return false;
        }
    }

    private void begin() {
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
    }

    private void end() {
        lock.lock();
        try {
            running--;
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more requests; those running go on. */
    public void stopAccepting() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("closing the window socket failed", e);
        }
    }

    /** Waits until no request is running, at most {@code limit}; true when none is. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        long left = limit.toNanos();
        lock.lock();
        try {
            while (running > 0 && left > 0) {
                left = idle.awaitNanos(left);
            }
            return running == 0;
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting, gives running commands up to {@code grace} to finish, and removes the socket file. */
    public void close(Duration grace) {
        stopAccepting();
        try {
            if (!awaitIdle(grace)) {
                LOG.warn("a command line command was still running when the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("the window socket {} could not be removed", socket, e);
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
