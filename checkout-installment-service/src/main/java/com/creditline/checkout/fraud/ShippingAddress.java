package com.creditline.checkout.fraud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A shipping address as the shop or an officer typed it. It is personal data: it lives only in
 * memory while a request is handled; what is kept is its {@link #fingerprint()}, and where staff
 * must recognise it, its {@link #masked()} form. {@link #toString()} never shows it.
 */
public record ShippingAddress(String text) {

    public ShippingAddress {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a shipping address must not be blank");
        }
    }

    /** The address, or nothing for a missing or blank one. */
    public static ShippingAddress ofNullable(String text) {
        return text == null || text.isBlank() ? null : new ShippingAddress(text);
    }

    /** What is kept of an address the shop may have sent: its fingerprint; null for none. */
    public static AddressFingerprint fingerprintOf(String text) {
        ShippingAddress address = ofNullable(text);
        return address == null ? null : address.fingerprint();
    }

    /**
     * The same address typed twice: full-width characters folded to their usual form (NFKC: a
     * full-width space or digit, common in Chinese text, is an ordinary one), trimmed, every run of
     * white space one blank, lower case.
     */
    String normalised() {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("(?U)\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the normalised address, in hex: the same address always has the same fingerprint. */
    public AddressFingerprint fingerprint() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalised().getBytes(StandardCharsets.UTF_8));
            return new AddressFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The first three and the last two characters of the normalised address, the rest starred:
     * enough for an officer to recognise an entry, not to read the address ({@code "88 ****ai"}).
     */
    public String masked() {
        int[] chars = normalised().codePoints().toArray();
        if (chars.length <= 8) {
            return "****";
        }
        return new String(chars, 0, 3) + "****" + new String(chars, chars.length - 2, 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
