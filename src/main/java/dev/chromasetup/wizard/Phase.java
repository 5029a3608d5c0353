package dev.chromasetup.wizard;

/** Where the current step is: waiting for AWS, waiting for the user, or finished. */
public enum Phase {
    /** An effect is running; the face shows a spinner or progress. */
    WORKING,
    /** A question is open; the face asks it. */
    ASKING,
    /** The run is over; {@link WizardState#outcome()} says how. */
    FINISHED
}
