package org.incidentdesk.service.importing;

/**
 * How much of a file any importer reads before it refuses the file. Every limit is checked while reading, before
 * anything proportional to it is allocated, so a hostile or broken file ends within seconds and a few hundred MB
 * of memory whatever it claims about itself.
 *
 * @param maxFileBytes        size of the file itself
 * @param maxCellChars        characters (code points) in one cell; 32,767 is what Excel itself allows
 * @param maxRows             rows in the file or sheet, the header and blank rows included
 * @param maxColumns          columns in one row (the highest column letter a sheet may use)
 * @param maxEntryBytes       decompressed size of one part of an .xlsx package
 * @param maxTotalBytes       decompressed size of all parts read from one .xlsx package
 * @param maxCompressionRatio how many times larger than its compressed size a part may grow (zip bombs grow
 *                            by thousands; real sheets by 5 to 30)
 */
public record ImportLimits(long maxFileBytes, int maxCellChars, int maxRows, int maxColumns, long maxEntryBytes,
                           long maxTotalBytes, int maxCompressionRatio) {

    /** Far above any real roster, plan or metrics file, and well within the memory of an office PC. */
    public static final ImportLimits DEFAULT = new ImportLimits(32L << 20, 32_767, 120_000, 256, 200L << 20,
            400L << 20, 200);

    /** The same limits with another file size, e.g. for plan documents, which are small. */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxCellChars, maxRows, maxColumns, maxEntryBytes, maxTotalBytes,
                maxCompressionRatio);
    }
}
