package dev.chromasetup.logging;

import java.time.Clock;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Our SLF4J provider (registered in META-INF/services), so the AWS SDK's logging is silent by
 * default and SLF4J never prints "No SLF4J providers were found".
 *
 * <p>This is the one place holding process-wide mutable state, and only because SLF4J forces it:
 * SLF4J finds the provider through ServiceLoader, creates it with no arguments and keeps it in a
 * static field of its own; the SDK then asks {@code LoggerFactory} for loggers, so there is no way to
 * pass a sink in. The sink therefore lives in this provider instance, and {@link DebugLog} reaches it
 * through {@code LoggerFactory.getILoggerFactory()} rather than through a static of ours.
 */
public final class ChromaSetupServiceProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private SinkLoggerFactory factory;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        factory = new SinkLoggerFactory(new LogSink(), Clock.systemUTC());
    }
}
