package dev.chromasetup.wizard;

/** The steps of the flow, in order. Status, watch and destroy use a subset of them. */
public enum Step {
    CREDENTIALS("Credentials"),
    REGION("Region"),
    NETWORK("Network"),
    SIZE("Size"),
    ACCESS("Access"),
    OPTIONS("Options"),
    REVIEW("Review"),
    DEPLOY("Deploy"),
    READY("Ready"),
    DONE("Done");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
