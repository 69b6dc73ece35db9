package org.incidentdesk.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
    private static final String TEXT = "姓名,单位,职务\r\n欧阳默,县网信办,联络员\r\n林晓川,县公安局,副局长\r\n";

    @TempDir
    Path dir;

    private TextEncoding detect(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), bytes);
        return TextEncoding.detect(file, ImportLimits.DEFAULT);
    }

    @Test
    void utf8WithoutMark() throws Exception {
        assertEquals(TextEncoding.UTF_8, detect(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8MarkIsDetected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(TEXT.getBytes(StandardCharsets.UTF_8));

        assertEquals(TextEncoding.UTF_8_BOM, detect(bytes.toByteArray()));
    }

    @Test
    void gbkBytesAsExcelWritesThemAreReadAsGb18030() throws Exception {
        assertEquals(TextEncoding.GB18030, detect(TEXT.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void gbkWithARareNameCharacterIsStillGbk() throws Exception {
        String text = TEXT + "王堃,县教育局,联络员\r\n";

        assertEquals(TextEncoding.GB18030, detect(text.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() {
        byte[] utf16 = "\uFEFF姓名".getBytes(StandardCharsets.UTF_16LE);

        ImportRefusal e = assertThrows(ImportRefusal.class, () -> detect(utf16));
        assertEquals("importing.file.unknownEncoding", e.messageKey());
    }

    @Test
    void big5IsRefusedNotReadAsGb18030Mojibake() {
        String traditional = "姓名,單位,職務\r\n歐陽默,縣網信辦,聯絡員\r\n林曉川,縣公安局,副局長\r\n";
        byte[] big5 = traditional.getBytes(Charset.forName("Big5"));

        ImportRefusal e = assertThrows(ImportRefusal.class, () -> detect(big5));
        assertEquals("importing.file.unknownEncoding", e.messageKey());
    }

    @Test
    void shiftJisIsRefusedNotReadAsGb18030Mojibake() {
        String japanese = "氏名,所属,役職\r\n山田太郎,情報課,連絡員\r\n佐藤花子,総務課,課長\r\n";
        byte[] sjis = japanese.getBytes(Charset.forName("Shift_JIS"));

        ImportRefusal e = assertThrows(ImportRefusal.class, () -> detect(sjis));
        assertEquals("importing.file.unknownEncoding", e.messageKey());
    }
}
