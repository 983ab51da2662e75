package com.creditline.common.test;

import com.creditline.common.security.Caller;
import com.creditline.common.security.CallerTokens;
import com.creditline.common.security.PemKeys;
import com.creditline.common.security.ServiceTokens;
import java.time.Clock;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Tokens for tests that call a service directly, signed with the local development keys as the
 * gateway and a peer service would sign them.
 */
public final class TestCallers {

    private static final CallerTokens GATEWAY = new CallerTokens(
            PemKeys.publicKey(new ClassPathResource("creditline/local-keys/caller-token.pub.pem")),
            PemKeys.privateKey(new ClassPathResource("creditline/local-keys/caller-token.pem")),
            Clock.systemUTC());
    private static final ServiceTokens PEER = new ServiceTokens(
            "local-only-service-token-secret-replace-me-in-any-deployment", "test", Clock.systemUTC());

    /** A staff ADMIN who also holds every scope of the shop: for tests about something else. */
    public static final Caller EVERYTHING = new Caller(
            Caller.Kind.STAFF,
            "staff:test",
            java.util.Optional.empty(),
            java.util.Set.of("checkout:write", "orders:read", "customers:write", "customers:read", "repayments:write"),
            java.util.Set.of("ADMIN"));

    private TestCallers() {}

    public static String tokenFor(Caller caller) {
        return GATEWAY.tokenFor(caller);
    }

    public static String peerServiceToken() {
        return PEER.current();
    }

    public static Caller staff(String user, String... roles) {
        return Caller.staff(user, List.of(roles));
    }
}
