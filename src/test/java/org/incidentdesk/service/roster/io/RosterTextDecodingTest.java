package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RosterTextDecodingTest {
    private static final String TEXT = "姓名,单位\r\n欧阳默,县网信办\r\n";

    @Test
    void utf8WithoutMark() throws Exception {
        DecodedText decoded = DecodedText.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertEquals(new DecodedText(TEXT, "UTF-8"), decoded);
    }

    @Test
    void utf8MarkIsDetectedAndDropped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(TEXT.getBytes(StandardCharsets.UTF_8));

        assertEquals(new DecodedText(TEXT, "UTF-8 (BOM)"), DecodedText.decode(bytes.toByteArray()));
    }

    @Test
    void gbkBytesAsExcelWritesThemAreReadAsGb18030() throws Exception {
        DecodedText decoded = DecodedText.decode(TEXT.getBytes(Charset.forName("GBK")));

        assertEquals(new DecodedText(TEXT, "GB18030"), decoded);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() {
        // UTF-16LE with its byte-order mark: 0xFF is no lead byte in either encoding
        byte[] utf16 = "\uFEFF姓名".getBytes(StandardCharsets.UTF_16LE);

        assertThrows(CharacterCodingException.class, () -> DecodedText.decode(utf16));
    }
}
