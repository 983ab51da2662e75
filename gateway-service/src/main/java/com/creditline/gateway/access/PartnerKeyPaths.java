package com.creditline.gateway.access;

import com.creditline.gateway.partner.model.PartnerKind;
import com.creditline.gateway.partner.model.PartnerScope;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/**
 * Which of the partner paths a partner's key reaches, by its partner's kind (its scopes tell, all of
 * one kind): a merchant's key only the merchant paths, a platform's key only the others. The shop
 * and staff reach them as before. That the path's merchant is the caller's, the service checks.
 */
final class PartnerKeyPaths {

    /** The partner paths of merchants' keys (also listed in {@code creditline.partner-paths}). */
    static final String[] MERCHANT_PATHS = {"/api/v1/merchants/**"};

    private static final Set<String> MERCHANT_SCOPES = PartnerScope.of(PartnerKind.MERCHANT).stream()
            .map(scope -> "SCOPE_" + scope.text())
            .collect(Collectors.toUnmodifiableSet());

    private PartnerKeyPaths() {}

    /** On the merchant paths: the shop, staff, and a merchant's key. */
    static ReactiveAuthorizationManager<AuthorizationContext> merchantPaths() {
        return AuthorityReactiveAuthorizationManager.hasAnyAuthority(
                Stream.concat(Stream.of("KIND_CLIENT", "KIND_STAFF"), MERCHANT_SCOPES.stream())
                        .toArray(String[]::new));
    }

    /** On the other partner paths: any authenticated caller but a merchant's key. */
    static ReactiveAuthorizationManager<AuthorizationContext> platformPaths() {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .<AuthorizationResult>map(caller -> new AuthorizationDecision(!isMerchantKey(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean isMerchantKey(Authentication caller) {
        Set<String> authorities = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return authorities.contains("KIND_PARTNER") && authorities.stream().anyMatch(MERCHANT_SCOPES::contains);
    }
}
