package org.incidentdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The program's logging, set up in code (found by logback through META-INF/services): one rolling file in the data
 * directory's {@code logs} folder ({@link Logging#configure}), phone numbers and passwords masked
 * ({@link LogMasking}), Flyway and jOOQ only from warnings on. Set up from a {@code logback.xml}, logback first
 * loaded its XML machinery (the JDK's SAX parser and several hundred classes of its own), an eighth of a short
 * command's start-up (JFR of {@code incident list}, 2026-12-07). A {@code logback-test.xml} on the class path (the
 * tests') or {@code -Dlogback.configurationFile} still configures logback the usual way.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %maskedMsg%n%maskedEx";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, logDirectory());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Where the log file goes: the data directory's, once {@link Logging#configure} has named it. */
    static Path logDirectory() {
        String named = System.getProperty(Logging.LOG_DIR_PROPERTY);
        return named != null ? Path.of(named) : Path.of(System.getProperty("java.io.tmpdir"), "incidentdesk-logs");
    }

    /** Writes {@code context}'s log to {@code directory}/incidentdesk.log, rolled daily and at 10 MB. */
    static void apply(LoggerContext context, Path directory) {
        Map<String, Supplier<DynamicConverter>> words = new HashMap<>();
        words.put("maskedMsg", LogMasking.Message::new);
        words.put("maskedEx", LogMasking.Throwable::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, words);

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(directory.resolve("incidentdesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(directory.resolve("incidentdesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
