package org.incidentdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the newest committed state of an H2 file the last process did not close (killed, power cut) before the
 * program opens it, so that no commit that returned is lost (issue 19; docs/reliability/h2-durability.md).
 *
 * <p>Why: H2 (2.5.252, and its source to this day: {@code FileStore.storeBuffer} → {@code RandomAccessStore.writeChunk}) rewrites the file header when a new chunk
 * is not where the previous chunk predicted, but it writes the header before it makes the new chunk the last one,
 * so the header names the chunk before it. After an unclean stop H2 opens quickly: it follows the header's chunk
 * and its chain of predicted successors, plus the chunk at the end of the file — and a commit whose chunk went into
 * reused space in the middle of the file is in none of them. H2 opens the older version, the commit (a printed
 * incident number, an announced alert) is gone, and its number is handed out again. Measured with plain H2 (no
 * program code; tools/h2-kill-header): 24 of 861 committed, synced and printed transactions lost over 40 kills;
 * 0 of 1,353 with this repair. No setting avoids it: {@code REUSE_SPACE=FALSE} only appends, but then the file
 * grows without bound unless compacted, and compaction moves chunks into the middle of the file again.
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

    private H2CrashRepair() {
    }

    /**
     * Repairs the header of {@code mvDbFile} (an H2 {@code .mv.db}) when the last process left it unclean; returns
     * whether it did. A missing or read-only file, or one another process holds, is left to H2's open, which
     * refuses it with its own message; so is a file H2 cannot recover (the open then reports it as damaged).
     */
    public static boolean repairIfUnclean(Path mvDbFile) {
        return repairIfUnclean(mvDbFile, DatabaseKey.NONE);
    }

    /**
     * As {@link #repairIfUnclean(Path)}, for a file encrypted with {@code key}: its header can only be read through
     * H2's MVStore with the key (a wrong key leaves the file to H2's open, which refuses it as such).
     */
    static boolean repairIfUnclean(Path mvDbFile, DatabaseKey key) {
        if (!Files.isRegularFile(mvDbFile) || !Files.isWritable(mvDbFile)
                || (key.isEncrypted() ? closedCleanly(mvDbFile, key) : closedCleanly(mvDbFile))) {
            return false;
        }
        try {
            MVStore.Builder builder = new MVStore.Builder().fileName(mvDbFile.toString()).recoveryMode()
                    .autoCommitDisabled();
            if (key.isEncrypted()) {
                builder.encryptionKey(key.filePassword()); // MVStore takes the file password as the JDBC URL does
            }
            MVStore store = builder.open();
            long version = store.getCurrentVersion();
            store.close(0);
            LOG.info("{} was not closed cleanly: opened at its newest intact version {}", mvDbFile, version);
            return true;
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                LOG.warn("{} was not closed cleanly and H2 could not scan it: {}", mvDbFile, e.getMessage());
            }
            return false;
        }
    }

    /** The newest header of the encrypted file, read through MVStore (read-only) with the key, is marked clean. */
    static boolean closedCleanly(Path mvDbFile, DatabaseKey key) {
        try {
            MVStore store = new MVStore.Builder().fileName(mvDbFile.toString()).encryptionKey(key.filePassword())
                    .readOnly().open();
            try {
                return "1".equals(String.valueOf(store.getStoreHeader().get("clean")));
            } finally {
                store.close();
            }
        } catch (MVStoreException e) {
            return true; // a wrong key or a damaged file: H2's open says which
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
