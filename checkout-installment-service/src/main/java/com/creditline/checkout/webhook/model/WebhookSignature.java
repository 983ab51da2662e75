package com.creditline.checkout.webhook.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: {@code v1 = lowercase hex HMAC-SHA256(key, "<timestamp>.<raw body>")},
 * the key being the UTF-8 bytes of the whole secret as issued ({@code whsec_...}). The header is
 * {@code t=<timestamp>,v1=<signature>}, with one more {@code v1} per secret still accepted after a
 * rotation (the current secret's first).
 */
public final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {}

    /** A new secret: 32 random bytes, base64url without padding, prefixed {@code whsec_}. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The {@code Creditline-Signature} header for a body sent at {@code timestamp} (unix seconds). */
    public static String header(long timestamp, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a delivery is signed with at least one secret");
        }
        return "t=" + timestamp
                + secrets.stream().map(s -> ",v1=" + sign(s, timestamp, body)).collect(Collectors.joining());
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
