package com.creditline.checkout.cash.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data at rest: AES-256-GCM with a fresh random 12-byte IV per value, the IV stored
 * in front of the ciphertext and its 128-bit tag. The field a value belongs to is bound in as
 * associated data, so a sealed account number cannot be passed off as a holder name. A keyed
 * HMAC-SHA256 fingerprint (under a key derived from the same key, never the key itself) finds a
 * value again without opening anything: how a bank account registered twice is recognised.
 */
public final class PersonalDataSeal {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes (AES-256) */
    public PersonalDataSeal(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the personal-data key is 32 bytes (AES-256), not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.fingerprintKey =
                new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fingerprint"), "HmacSHA256");
    }

    /** IV followed by the ciphertext and tag of {@code value}, bound to {@code field}. */
    public byte[] seal(String field, String value) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal personal data", e);
        }
    }

    /** The value sealed by {@link #seal}; fails if it was altered, sealed for another field or key. */
    public String open(String field, byte[] sealed) {
        if (sealed == null || sealed.length <= IV_BYTES) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not open personal data (altered, or another key)", e);
        }
    }

    /** HMAC-SHA256 of the value under the fingerprint key: the same value, the same 32 bytes. */
    public byte[] fingerprint(String value) {
        return hmac(fingerprintKey, value);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "PersonalDataSeal[AES-256-GCM, key hidden]";
    }
}
