package com.creditline.common.security;

/**
 * Who may call an endpoint, written once and named by the business: each controller method
 * carries one of these in {@code @PreAuthorize} (an architecture test checks that every endpoint
 * does). Staff roles: VIEWER reads, CREDIT_OFFICER changes lines and decides reviews, COLLECTOR
 * works collections, ADMIN does everything. Callers from outside carry scopes; a scope only one
 * service uses is written in that service ({@code CheckoutAccess}, {@code RepaymentAccess},
 * {@code CollectionsAccess}).
 */
public final class Access {

    private Access() {}

    public static final String SERVICE_ROLE = "SERVICE";

    /** Anyone, authenticated or not (a token endpoint). */
    public static final String ANYONE = "permitAll()";

    /** Any staff member, for reading admin views. */
    public static final String STAFF = "hasAnyRole('VIEWER','CREDIT_OFFICER','COLLECTOR','ADMIN')";

    public static final String CREDIT_OFFICER = "hasAnyRole('CREDIT_OFFICER','ADMIN')";
    public static final String COLLECTOR = "hasAnyRole('COLLECTOR','ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";

    /** Another service of the platform (internal endpoints). */
    public static final String SERVICE = "hasRole('SERVICE')";

    /** The customer-facing side of the first-party shop: applying, reading the line and plans. */
    public static final String CUSTOMER_WRITE = "hasAuthority('SCOPE_customers:write')";

    public static final String CUSTOMER_READ = "hasAuthority('SCOPE_customers:read') or " + STAFF;
}
