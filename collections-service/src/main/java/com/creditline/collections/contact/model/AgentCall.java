package com.creditline.collections.contact.model;

/**
 * A call an agent made to a customer about their case.
 *
 * @param agent the staff user who called
 * @param note what the agent wrote down, if anything (kept with the attempt, never logged)
 */
public record AgentCall(String agent, CallOutcome outcome, String note) {

    public AgentCall {
        if (agent == null || agent.isBlank() || outcome == null) {
            throw new IllegalArgumentException("a call has an agent and an outcome");
        }
    }
}
