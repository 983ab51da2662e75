package com.creditline.gateway.partner.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The shape of an API key: {@code clk_<key id>_<secret>}, a 16-hex-digit id to find the key by
 * and 256 random bits of secret. Only the SHA-256 of the whole key is kept.
 */
public final class ApiKeySecret {

    private static final String PREFIX = "clk_";
    private static final int ID_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {}

    public record Generated(String keyId, String apiKey) {}

    public static Generated generate() {
        byte[] id = new byte[ID_LENGTH / 2];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        return new Generated(
                keyId,
                PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key id of a well-formed key; empty for anything else. */
    public static Optional<String> keyIdOf(String apiKey) {
        if (apiKey == null
                || apiKey.length() < PREFIX.length() + ID_LENGTH + 2
                || apiKey.length() > 100
                || !apiKey.startsWith(PREFIX)
                || apiKey.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String keyId = apiKey.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        return keyId.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? Optional.of(keyId) : Optional.empty();
    }

    public static String hash(String apiKey) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String apiKey, String storedHash) {
        return MessageDigest.isEqual(
                hash(apiKey).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
