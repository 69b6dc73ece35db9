package org.incidentdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the newest committed state of an H2 file the last process did not close (killed, power cut) before the
 * program opens it, so that no commit that returned is lost (issue 19; docs/reliability/h2-durability.md).
 *
 * <p>Why: H2 2.5.252 rewrites the file header when a new chunk is not where the previous chunk predicted, so that an
 * unclean open can find it, but the header names the chunk before the new one ({@code RandomAccessStore.writeChunk}
 * lost its {@code lastChunk = chunk} before {@code writeStoreHeader()} in H2 commit 8492b8c2cf; 2.4.240 had it).
 * After a kill H2 opens quickly: it follows the header's chunk and its chain of predicted successors, plus the chunk
 * at the end of the file — and a commit whose chunk went into reused space in the middle of the file is in none of
 * them. H2 opens the version before it: the commit (a printed incident number, an announced alert) is gone and its
 * number is handed out again. Measured with H2 alone (tools/h2-kill-header): 24 of 861 committed, synced and
 * printed transactions lost over 40 kills, 0 of 1,353 with this repair. No setting avoids it ({@code
 * REUSE_SPACE=FALSE} appends only, but the file then grows until compaction moves chunks into the middle again).
 *
 * <p>What: when the file's two header blocks do not both say {@code clean:1}, the file is opened once with H2's
 * own MVStore in recovery mode — which scans every block of the file for chunks and takes the newest whose chunks
 * are all intact — and closed at once without compaction, which writes a clean header naming that chunk. Then H2's
 * engine opens it as usual. A file closed cleanly (every normal exit) costs one read of 8 KB.
 */
public final class H2CrashRepair {
    private static final Logger LOG = LoggerFactory.getLogger(H2CrashRepair.class);
    /** H2's file header: two copies of the same text line, one in each of the first two 4 KB blocks. */
    private static final int HEADER_BLOCK = 4096;

    /**
     * Files this process has open through {@link Database}, with how many times. They are never touched here: on
     * Linux and macOS, closing any channel on a file drops the process's lock on it (POSIX record locks), and that
     * lock is what keeps a second process away from H2's file.
     */
    private static final Map<Path, Integer> OPEN_HERE = new ConcurrentHashMap<>();

    private H2CrashRepair() {
    }

    static void opened(Path mvDbFile) {
        OPEN_HERE.merge(mvDbFile.toAbsolutePath().normalize(), 1, Integer::sum);
    }

    static void closed(Path mvDbFile) {
        OPEN_HERE.computeIfPresent(mvDbFile.toAbsolutePath().normalize(), (file, n) -> n == 1 ? null : n - 1);
    }

    /**
     * Repairs the header of {@code mvDbFile} (an H2 {@code .mv.db}) when the last process left it unclean; returns
     * whether it did. A missing or read-only file, or one another process holds, is left to H2's open, which
     * refuses it with its own message; so is a file H2 cannot recover (the open then reports it as damaged).
     */
    public static boolean repairIfUnclean(Path mvDbFile) {
        return repairIfUnclean(mvDbFile, null);
    }

    /**
     * As {@link #repairIfUnclean(Path)}, for a file H2 encrypted ({@code CIPHER=AES}) with {@code filePassword}
     * (the file password of the JDBC password "filePassword userPassword"; ASCII, as H2 takes only the low byte of
     * each character for the MVStore's key); {@code null} for a plain file. A wrong password leaves the file to H2's
     * open, which refuses it. The array is not changed.
     */
    public static boolean repairIfUnclean(Path mvDbFile, char[] filePassword) {
        if (!Files.isRegularFile(mvDbFile) || !Files.isWritable(mvDbFile)
                || OPEN_HERE.containsKey(mvDbFile.toAbsolutePath().normalize())) {
            return false;
        }
        try {
            if (filePassword == null ? closedCleanly(mvDbFile) : closedCleanly(builder(mvDbFile, filePassword))) {
                return false;
            }
            MVStore store = builder(mvDbFile, filePassword).recoveryMode().open();
            long version = store.getCurrentVersion();
            store.close(0);
            LOG.info("{} was not closed cleanly: opened at its newest intact version {}", mvDbFile, version);
            return true;
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                LOG.warn("{} was not closed cleanly and H2 could not scan it: {}", mvDbFile, e.getMessage());
            }
            return false;
        } catch (RuntimeException e) { // whatever else H2 throws at a damaged file: its open then says it is damaged
            LOG.warn("{} was not closed cleanly and H2 could not scan it", mvDbFile, e);
            return false;
        }
    }

    private static MVStore.Builder builder(Path mvDbFile, char[] filePassword) {
        MVStore.Builder builder = new MVStore.Builder().fileName(mvDbFile.toString()).autoCommitDisabled();
        return filePassword == null ? builder : builder.encryptionKey(filePassword.clone()); // H2 wipes the array
    }

    /** An encrypted file's header can only be read through H2: opened read-only, it tells what its header said. */
    private static boolean closedCleanly(MVStore.Builder encrypted) {
        MVStore store = encrypted.readOnly().open();
        try {
            Object clean = store.getStoreHeader().get("clean"); // H2 writes it as hex: absent or 0 is unclean
            return clean != null && !"0".equals(clean.toString());
        } finally {
            store.closeImmediately();
        }
    }

    /** Both header blocks hold the same line, and it carries H2's clean-shutdown mark. */
    static boolean closedCleanly(Path mvDbFile) {
        ByteBuffer blocks = ByteBuffer.allocate(2 * HEADER_BLOCK);
        try (FileChannel channel = FileChannel.open(mvDbFile, StandardOpenOption.READ)) {
            while (blocks.hasRemaining() && channel.read(blocks) > 0) {
                // read both blocks in full
            }
        } catch (IOException e) {
            return true; // not ours to judge: H2's open reports a file it cannot read
        }
        String first = firstLine(blocks.array(), 0);
        String second = firstLine(blocks.array(), HEADER_BLOCK);
        return first != null && first.equals(second) && Arrays.asList(first.split(",")).contains("clean:1");
    }

    private static String firstLine(byte[] bytes, int offset) {
        String block = new String(bytes, offset, HEADER_BLOCK, StandardCharsets.ISO_8859_1);
        int end = block.indexOf('\n');
        return end < 0 ? null : block.substring(0, end);
    }
}
