package org.incidentdesk.service.importing.xlsx;

import java.util.zip.CRC32;
import org.incidentdesk.service.importing.CellText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.incidentdesk.service.importing.BoundedFile;
import org.incidentdesk.service.importing.CountedInput;
import org.incidentdesk.service.importing.FileNames;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * The zip package of an .xlsx file. Each part is decompressed through a counter that refuses the file once the
 * part grows past its size limit or past {@link ImportLimits#maxCompressionRatio()} times its compressed size,
 * or once all parts together pass their limit: the sizes a zip declares are not trusted.
 */
final class XlsxPackage implements AutoCloseable {
    /** Small parts may compress very well; the ratio counts only past this size. */
    private static final long RATIO_GRACE = 1L << 20;

    private final Path file;
    private final ImportLimits limits;
    private final ZipFile zip;
    private long totalInflated;

    private XlsxPackage(Path file, ImportLimits limits, ZipFile zip) {
        this.file = file;
        this.limits = limits;
        this.zip = zip;
    }

    static XlsxPackage open(Path file, ImportLimits limits) {
        BoundedFile.check(file, limits);
        try {
            return new XlsxPackage(file, limits, new ZipFile(file.toFile()));
        } catch (java.util.zip.ZipException e) {
            throw new ImportRefusal(e, "importing.xlsx.notWorkbook", FileNames.of(file));
        } catch (IOException e) {
            throw BoundedFile.unreadable(file, e);
        }
    }

    /**
     * Reads every part, used or not, and compares it with the CRC its zip entry records: a damaged package is
     * refused as a whole rather than half-trusted (a corrupted part the import does not read today could be the
     * one a spreadsheet program shows). Reading counts towards the size limits as any reading does.
     */
    void checkEveryPart() {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            CRC32 crc = new CRC32();
            try (InputStream in = part(entry.getName())) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new ImportRefusal(e, "importing.xlsx.damagedPart", fileName(),
                        CellText.forMessage(entry.getName(), 100));
            }
            if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                throw new ImportRefusal("importing.xlsx.damagedPart", fileName(),
                        CellText.forMessage(entry.getName(), 100));
            }
        }
        totalInflated = 0;
    }

    boolean has(String partName) {
        return zip.getEntry(partName) != null;
    }

    /** The decompressed bytes of a part, counted as they are read. */
    InputStream part(String partName) {
        ZipEntry entry = zip.getEntry(partName);
        if (entry == null || entry.isDirectory()) {
            throw new ImportRefusal("importing.xlsx.missingPart", FileNames.of(file), partName);
        }
        try {
            long compressed = Math.max(entry.getCompressedSize(), 1);
            long[] inflated = {0};
            return new CountedInput(zip.getInputStream(entry), n -> {
                inflated[0] += n;
                count(partName, n, inflated[0], compressed);
            });
        } catch (IOException e) {
            throw new ImportRefusal(e, "importing.xlsx.notWorkbook", FileNames.of(file));
        }
    }

    private void count(String partName, int n, long inflated, long compressed) {
        totalInflated += n;
        if (inflated > limits.maxEntryBytes() || totalInflated > limits.maxTotalBytes()) {
            throw new ImportRefusal("importing.xlsx.tooLargeUnpacked", fileName(), partName,
                    Math.min(limits.maxEntryBytes(), limits.maxTotalBytes()) >> 20);
        }
        if (inflated > RATIO_GRACE && inflated > compressed * limits.maxCompressionRatio()) {
            throw new ImportRefusal("importing.xlsx.compressionRatio", fileName(), partName,
                    limits.maxCompressionRatio());
        }
    }

    String fileName() {
        return FileNames.of(file);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // reading is over; a failure to release the handle changes nothing for the user
        }
    }
}
