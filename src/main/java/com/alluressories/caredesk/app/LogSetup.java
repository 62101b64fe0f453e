package com.alluressories.caredesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * How logging is set up, in code rather than an XML file: reading logback's XML cost the window
 * about a third of a second before its first frame. The terminal (standard error, so command output
 * on standard output stays clean) gets only what a person must act on, warnings and errors, less the
 * sync engine's own ({@link ConsoleNoise}). Everything at INFO goes to {@code logs/caredesk.log} in
 * the data folder, attached by {@link LogFile} once the folder is known. Found by logback through
 * {@code META-INF/services}; it ranks above the libraries' own configurators and stops there.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        ConsoleNoise noise = new ConsoleNoise();
        noise.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> terminal = new ConsoleAppender<>();
        terminal.setContext(context);
        terminal.setName("STDERR");
        terminal.setTarget("System.err");
        terminal.addFilter(warnings);
        terminal.addFilter(noise);
        terminal.setEncoder(encoder);
        terminal.start();
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(terminal);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
