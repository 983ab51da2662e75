package com.creditline.collections;

import com.creditline.common.security.Access;

/**
 * Who may call collections' own endpoints, beyond the roles and customer scopes every service
 * shares ({@link Access}).
 */
public final class CollectionsAccess {

    private CollectionsAccess() {}

    /** Collections work that a collector or the customer's own channel does (promises). */
    public static final String COLLECTIONS_WRITE = "hasAuthority('SCOPE_customers:write') or " + Access.COLLECTOR;
}
