package org.incidentdesk.service.roster.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file and the encoding it was written in. Spreadsheet programs on Chinese Windows write
 * either UTF-8 (often with a byte-order mark) or the ANSI code page GBK; GB18030 decodes every GBK file.
 */
public record DecodedText(String text, String encoding) {
    static final String UTF_8 = "UTF-8";
    static final String UTF_8_BOM = "UTF-8 (BOM)";
    static final String GB18030 = "GB18030";

    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Byte-order mark first; otherwise strict UTF-8, which GBK text almost never passes because its two-byte
     * characters are not valid UTF-8 sequences; otherwise GB18030.
     *
     * @throws CharacterCodingException when the bytes are neither UTF-8 nor GB18030
     */
    public static DecodedText decode(byte[] bytes) throws CharacterCodingException {
        if (startsWithUtf8Mark(bytes)) {
            ByteBuffer rest = ByteBuffer.wrap(bytes, UTF_8_MARK.length, bytes.length - UTF_8_MARK.length);
            return new DecodedText(strictly(StandardCharsets.UTF_8, rest), UTF_8_BOM);
        }
        try {
            return new DecodedText(strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes)), UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(strictly(Charset.forName(GB18030), ByteBuffer.wrap(bytes)), GB18030);
        }
    }

    private static boolean startsWithUtf8Mark(byte[] bytes) {
        return bytes.length >= UTF_8_MARK.length
                && bytes[0] == UTF_8_MARK[0] && bytes[1] == UTF_8_MARK[1] && bytes[2] == UTF_8_MARK[2];
    }

    private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }
}
