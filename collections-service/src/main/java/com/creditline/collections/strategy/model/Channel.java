package com.creditline.collections.strategy.model;

/** The ways collections reaches a customer. */
public enum Channel {
    SMS,
    EMAIL,
    /** An automated voice call. */
    VOICE,
    /** An entry in the human agents' work queue; the agent makes the call. */
    AGENT_QUEUE,
    /** A formal notice by letter. */
    LETTER
}
