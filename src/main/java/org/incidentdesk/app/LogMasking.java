package org.incidentdesk.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.regex.Pattern;

/**
 * Keeps phone numbers and passwords out of the log file (issue 20.5): a message (and an exception's text, which
 * may quote a refused row's values) has every mobile number shown as {@code 139****0001}, every landline as
 * {@code 0571-****6666}, and whatever follows {@code password=}, {@code 密码：} and the like as {@code ******}.
 * Masked where the line is written, so no call site has to remember it. Hooked into the log's pattern
 * ({@link LogConfiguration}) as the {@code %maskedMsg} and {@code %maskedEx} conversion words.
 */
public final class LogMasking {
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d])((?:\\+?86[\\s-]?)?1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\d-])(0\\d{2,3})-?(\\d{3,4})(\\d{4})(?![\\d-])");
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(password|passwd|pwd|passphrase|secret|口令|密码)([\"']?\\s*[=:：]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&)]+)");

    private LogMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = SECRET.matcher(text).replaceAll("$1$2******");
        masked = MOBILE.matcher(masked).replaceAll("$1****$3");
        return LANDLINE.matcher(masked).replaceAll("$1-****$3");
    }

    /** {@code %maskedMsg}: the formatted message, masked. */
    public static final class Message extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return mask(event.getFormattedMessage());
        }
    }

    /** {@code %maskedEx}: the exception with its causes and frames, masked. */
    public static final class Throwable extends ExtendedThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return mask(super.throwableProxyToString(proxy));
        }
    }
}
