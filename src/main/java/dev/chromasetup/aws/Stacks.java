package dev.chromasetup.aws;

import java.util.List;
import java.util.Optional;

/** CloudFormation stacks of the port's region. */
public interface Stacks {
    /** The tag every stack chroma-setup creates carries, with the value {@link #CREATED_BY_VALUE}. */
    String CREATED_BY_TAG = "chroma-setup:created-by";
    String CREATED_BY_VALUE = "chroma-setup";

    /** By name or stack id; empty when no such stack exists (deleted stacks are found by id only). */
    Optional<StackInfo> describe(String nameOrId);

    /** Creates the stack and returns its id: keep it, a deleted or failed stack is described by id. */
    String create(CreateStackRequest request);

    /** One page of events, newest first; {@code nextToken} null for page 1. */
    EventPage events(String stackId, String nextToken);

    void delete(String stackId);

    /**
     * The region's live stacks (anything but {@code DELETE_COMPLETE}) tagged {@link #CREATED_BY_TAG} =
     * {@link #CREATED_BY_VALUE}, oldest first: in progress, complete and failed ones alike, so a new
     * run can offer to watch, show or clean them up.
     */
    List<StackInfo> listManaged();
}
