package dev.chromasetup.cli;

import picocli.CommandLine.IVersionProvider;

/** "chroma-setup 0.1.0": the jar manifest's Implementation-Version, or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"chroma-setup " + version()};
    }
}
