package org.sijill.shared;

/**
 * Told by this node's token store when an event processor's token has been committed, or its claim on a
 * segment given up. Lets readers on the node learn of progress without polling the token table.
 */
public interface TokenCommits {

    /** Called after the transaction that stored {@code token} has committed. */
    void committed(String processorName, int segment, Object token);

    /** Called before this node gives up (or deletes) its claim on the segment. */
    void released(String processorName, int segment);
}
