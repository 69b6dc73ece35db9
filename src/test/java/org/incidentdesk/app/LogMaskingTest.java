package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LogMaskingTest {
    @TempDir
    Path logDir;

    @Test
    void mobilesAndLandlinesKeepOnlyTheirEnds() {
        assertEquals("联络员 林晓川 139****0001 已通知", LogMasking.mask("联络员 林晓川 13911110001 已通知"));
        assertEquals("call 139****0001, +86 139****0002, 139****0003",
                LogMasking.mask("call 139 1111 0001, +86 139-1111-0002, 13911110003"));
        assertEquals("值班电话 0571-****6666 和 010-****5678", LogMasking.mask("值班电话 0571-88886666 和 010-12345678"));
    }

    @Test
    void passwordsAreHiddenWhateverTheySpelling() {
        assertEquals("jdbc:h2:file:/x;CIPHER=AES;PASSWORD=****** user=sa",
                LogMasking.mask("jdbc:h2:file:/x;CIPHER=AES;PASSWORD=s3cret-Ä user=sa"));
        assertEquals("密码：****** 错误", LogMasking.mask("密码：正确马电池 错误"));
        assertEquals("{\"password\": ******}", LogMasking.mask("{\"password\": \"hunter2\"}"));
    }

    @Test
    void timesIdsAndHashesAreLeftAlone() {
        String line = "2026-03-02T01:00:00Z incident 2026-001 seq=1204 at 1767225600000 evidence 42";
        assertEquals(line, LogMasking.mask(line));
    }

    @Test
    void theShippedLogConfigurationMasksMessagesAndExceptions() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        System.setProperty(Logging.LOG_DIR_PROPERTY, logDir.toString());
        try {
            LogConfiguration.apply(context, LogConfiguration.logDirectory());
            Logger log = context.getLogger("org.incidentdesk.test");
            log.info("roster imported: 周明远 13911112222, password=hunter2");
            log.error("send failed", new IllegalStateException("SMS to 13911113333 refused"));
        } finally {
            context.stop();
            System.clearProperty(Logging.LOG_DIR_PROPERTY);
        }
        String written = Files.readString(logDir.resolve("incidentdesk.log"), StandardCharsets.UTF_8);
        assertTrue(written.contains("周明远 139****2222, password=******"), written);
        assertTrue(written.contains("SMS to 139****3333 refused"), "the exception is masked too: " + written);
        assertTrue(written.contains("at org.incidentdesk"), "the stack trace is still there: " + written);
        assertFalse(written.contains("13911112222") || written.contains("13911113333") || written.contains("hunter2"),
                written);
    }
}
