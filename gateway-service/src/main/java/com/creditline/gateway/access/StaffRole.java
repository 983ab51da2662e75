package com.creditline.gateway.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's staff roles: VIEWER reads, CREDIT_OFFICER changes lines and decides reviews,
 * COLLECTOR works collections, ADMIN does everything. A token's other roles count for nothing.
 */
enum StaffRole {
    VIEWER,
    CREDIT_OFFICER,
    COLLECTOR,
    ADMIN;

    /** Every role's name, for the rule that admin paths are for staff. */
    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** The platform's roles among those a token claims, by name. */
    static Set<String> among(Collection<String> claimed) {
        Set<String> known = Set.of(names());
        return claimed.stream().filter(known::contains).collect(Collectors.toSet());
    }
}
