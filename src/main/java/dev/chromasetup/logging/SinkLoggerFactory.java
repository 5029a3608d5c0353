package dev.chromasetup.logging;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** Hands out one {@link SinkLogger} per name, all writing to the same sink. */
final class SinkLoggerFactory implements ILoggerFactory {
    private final LogSink sink;
    private final Clock clock;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    SinkLoggerFactory(LogSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    LogSink sink() {
        return sink;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new SinkLogger(n, sink, clock));
    }
}
