package com.creditline.gateway.partner.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes a partner key may carry: for a platform, checkout, reading its own orders, and reading
 * the books of the funder linked to the partner (a funder's key); for a merchant, its sales and its
 * loans (each service also checks that the path's merchant is the caller's); nothing else. A scope is
 * written as its text ({@code checkout:write}) wherever it leaves the model: in answers, in the
 * database and in the caller token.
 */
public enum PartnerScope {
    CHECKOUT_WRITE("checkout:write", PartnerKind.PLATFORM),
    ORDERS_READ("orders:read", PartnerKind.PLATFORM),
    /** A funder's statements and loan tape (repayment-service lets only the funder linked to the partner be read). */
    FUNDING_READ("funding:read", PartnerKind.PLATFORM),
    /** A merchant sends its sales and profile and applies for a line ({@code /api/v1/merchants/{itself}/**}). */
    MERCHANT_SALES("merchant:sales", PartnerKind.MERCHANT),
    /** A merchant sees its line, draws on it, and sees its loans and statements. */
    MERCHANT_LOANS("merchant:loans", PartnerKind.MERCHANT);

    private final String text;
    private final PartnerKind kind;

    PartnerScope(String text, PartnerKind kind) {
        this.text = text;
        this.kind = kind;
    }

    public String text() {
        return text;
    }

    /** The kind of partner whose keys may carry this scope. */
    public PartnerKind kind() {
        return kind;
    }

    /** The scopes the keys of a partner of this kind may carry. */
    public static Set<PartnerScope> of(PartnerKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).collect(Collectors.toUnmodifiableSet());
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
