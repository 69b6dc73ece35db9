package org.incidentdesk.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The encoding of a text file to import. Spreadsheet programs on Chinese Windows write UTF-8 (often with a
 * byte-order mark) or the ANSI code page GBK, which GB18030 decodes. Anything else is refused, never guessed:
 * Big5 (traditional Chinese) and Shift-JIS (Japanese) bytes are mostly valid GB18030 too and would be read as
 * nonsense, so a file that is not UTF-8 must also look like Chinese written in GBK (see {@link GbkLikeness}).
 */
public enum TextEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8),
    UTF_8_BOM("UTF-8 (BOM)", StandardCharsets.UTF_8),
    GB18030("GB18030", Charset.forName("GB18030"));

    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int CHUNK = 64 * 1024;

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** "UTF-8", "UTF-8 (BOM)" or "GB18030", as a preview shows it. */
    public String label() {
        return label;
    }

    /** Reads the file (within the limits) once or twice to tell its encoding. */
    public static TextEncoding detect(Path file, ImportLimits limits) {
        boolean marked;
        try (InputStream in = BoundedFile.open(file, limits)) {
            byte[] start = in.readNBytes(UTF_8_MARK.length);
            marked = start.length == 3 && start[0] == UTF_8_MARK[0] && start[1] == UTF_8_MARK[1]
                    && start[2] == UTF_8_MARK[2];
        } catch (IOException e) {
            throw BoundedFile.unreadable(file, e);
        }
        if (decodes(file, limits, StandardCharsets.UTF_8, null)) {
            return marked ? UTF_8_BOM : UTF_8;
        }
        if (marked) {
            throw new ImportRefusal("importing.file.unknownEncoding", FileNames.of(file));
        }
        GbkLikeness likeness = new GbkLikeness();
        if (decodes(file, limits, GB18030.charset, likeness) && likeness.looksLikeGbk()) {
            return GB18030;
        }
        throw new ImportRefusal("importing.file.unknownEncoding", FileNames.of(file));
    }

    /** The file's text in this encoding, without its byte-order mark; a byte that does not decode is refused. */
    public Reader open(Path file, ImportLimits limits) {
        InputStream in = BoundedFile.open(file, limits);
        try {
            if (this == UTF_8_BOM) {
                in.skipNBytes(UTF_8_MARK.length);
            }
        } catch (IOException e) {
            throw BoundedFile.unreadable(file, e);
        }
        return new InputStreamReader(in, strictDecoder(charset));
    }

    private static boolean decodes(Path file, ImportLimits limits, Charset charset, GbkLikeness likeness) {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (InputStream in = BoundedFile.open(file, limits)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    if (likeness != null) {
                        likeness.scan(bytes.array(), bytes.position(), n);
                    }
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        } catch (IOException e) {
            throw BoundedFile.unreadable(file, e);
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
