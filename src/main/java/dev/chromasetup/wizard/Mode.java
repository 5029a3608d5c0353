package dev.chromasetup.wizard;

/** What the run is for: the command the user chose. */
public enum Mode {
    /** Create a new stack: every step. */
    DEPLOY,
    /** Show an existing stack's status, endpoint and snippets. */
    STATUS,
    /** Re-attach to a stack: follow its events and readiness like the original deploy. */
    WATCH,
    /** Delete a stack, after a data warning and a typed confirmation. */
    DESTROY
}
