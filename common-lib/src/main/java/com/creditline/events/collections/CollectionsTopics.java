package com.creditline.events.collections;

/** The topics collections-service publishes to; every message is keyed by customer id. */
public final class CollectionsTopics {

    /** Case outcomes that change the line: freezes and charge-offs. */
    public static final String CASES = "collections.cases.v1";

    private CollectionsTopics() {}
}
