package dev.chromasetup.testing;

import dev.chromasetup.aws.sdk.SdkAwsConnector;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(MotoExtension.class)} gives a test (constructor, lifecycle or test method) a
 * {@link MotoServer} parameter. ONE moto serves the whole test run: it lives in the root context's
 * store, so JUnit stops it once, after the last test class. An {@link SdkAwsConnector} parameter is a
 * connector to that moto with the fake keys ({@link MotoAws#connector}), one per test class, which
 * JUnit closes after the class.
 */
public final class MotoExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(MotoExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MotoServer.class || type == SdkAwsConnector.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == SdkAwsConnector.class) {
            return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(Connected.class,
                    k -> new Connected(MotoAws.connector(server(context))), Connected.class).connector();
        }
        return server(context);
    }

    /** The test class's context, also when asked from one of its test methods. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
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
    @SuppressWarnings("deprecation") // CloseableResource: kept so older JUnit 5 releases also close it
    private record Connected(SdkAwsConnector connector) implements ExtensionContext.Store.CloseableResource,
            AutoCloseable {
        @Override
        public void close() {
            connector.close();
        }
    }

    @SuppressWarnings("deprecation") // CloseableResource: kept so older JUnit 5 releases also stop moto
    private record RunningMoto(MotoServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
