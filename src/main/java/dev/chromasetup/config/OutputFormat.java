package dev.chromasetup.config;

/** How results are written to stdout. */
public enum OutputFormat {
    TEXT, JSON
}
