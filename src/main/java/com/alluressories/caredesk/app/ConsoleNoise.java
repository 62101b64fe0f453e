package com.alluressories.caredesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the sync engine's own warnings (SymmetricDS, and the Spring and Jetty it runs on) off the
 * terminal: they are about its bookkeeping, not something a person must act on, and they stay in
 * the log file. Its errors still show.
 */
public final class ConsoleNoise extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        boolean engine = logger.startsWith("org.jumpmind") || logger.startsWith("org.springframework")
                || logger.startsWith("org.eclipse.jetty");
        return engine && !event.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
