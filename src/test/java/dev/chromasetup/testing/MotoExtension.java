package dev.chromasetup.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(MotoExtension.class)} gives a test (constructor, lifecycle or test method) a
 * {@link MotoServer} parameter. ONE moto serves the whole test run: it lives in the root context's
 * store, so JUnit stops it once, after the last test class.
 */
public final class MotoExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(MotoExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The run's moto, started on first request. */
    public static MotoServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningMoto.class, k -> new RunningMoto(MotoServer.start()), RunningMoto.class)
                .server();
    }

    /**
     * The store closes this at the end of the run. Both interfaces: JUnit 5.13+ closes AutoCloseable
     * values (and warns about CloseableResource-only ones), older 5.x releases only CloseableResource.
     */
    @SuppressWarnings("deprecation") // CloseableResource: kept so older JUnit 5 releases also stop moto
    private record RunningMoto(MotoServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
