package dev.chromasetup.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger writing DEBUG and above to the {@link LogSink}; silent while the sink is closed. */
final class SinkLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient LogSink sink;
    private final transient Clock clock;

    SinkLogger(String name, LogSink sink, Clock clock) {
        this.name = name;
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public boolean isTraceEnabled() {
        return false; // the SDK's TRACE is wire-level noise, and more places for secrets to hide
    }

    @Override
    public boolean isDebugEnabled() {
        return sink.enabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return sink.enabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return sink.enabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return sink.enabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
        if (level == Level.TRACE || !sink.enabled()) {
            return;
        }
        StringBuilder line = new StringBuilder()
                .append(Instant.now(clock)).append(' ').append(level).append(' ').append(name).append(" - ")
                .append(MessageFormatter.basicArrayFormat(pattern, args));
        if (t != null) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        sink.write(line.toString());
    }
}
