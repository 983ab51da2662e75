package com.creditline.gateway.partner.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes a partner key may carry: checkout, reading its own orders, and reading the books of the
 * funder linked to the partner (a funder's key), nothing else. A scope is
 * written as its text ({@code checkout:write}) wherever it leaves the model: in answers, in the
 * database and in the caller token.
 */
public enum PartnerScope {
    CHECKOUT_WRITE("checkout:write"),
    ORDERS_READ("orders:read"),
    /** A funder's statements and loan tape (repayment-service lets only the funder linked to the partner be read). */
    FUNDING_READ("funding:read");

    private final String text;

    PartnerScope(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<PartnerScope> of(String text) {
        return Arrays.stream(values()).filter(s -> s.text.equals(text)).findFirst();
    }

    /** The scopes asked for (their texts), if each is a partner scope and there is at least one. */
    public static Set<PartnerScope> allowed(Collection<String> requested) {
        Set<PartnerScope> scopes = EnumSet.noneOf(PartnerScope.class);
        for (String text : requested) {
            scopes.add(of(text).orElseThrow(ScopeNotAllowed::new));
        }
        if (scopes.isEmpty()) {
            throw new ScopeNotAllowed();
        }
        return Set.copyOf(scopes);
    }

    /** The texts of the scopes, for the caller a key authenticates. */
    public static Set<String> texts(Collection<PartnerScope> scopes) {
        return scopes.stream().map(PartnerScope::text).collect(Collectors.toUnmodifiableSet());
    }
}
