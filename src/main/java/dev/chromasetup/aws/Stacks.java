package dev.chromasetup.aws;

import java.util.Optional;

/** CloudFormation stacks of the port's region. */
public interface Stacks {
    /** By name or stack id; empty when no such stack exists (deleted stacks are found by id only). */
    Optional<StackInfo> describe(String nameOrId);

    /** Creates the stack and returns its id: keep it, a deleted or failed stack is described by id. */
    String create(CreateStackRequest request);

    /** One page of events, newest first; {@code nextToken} null for page 1. */
    EventPage events(String stackId, String nextToken);

    void delete(String stackId);
}
