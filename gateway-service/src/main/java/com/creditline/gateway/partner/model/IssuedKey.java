package com.creditline.gateway.partner.model;

/** A new key with its secret: the only moment the secret is ever seen. */
public record IssuedKey(ApiKey key, String apiKey) {

    /** What is kept of the secret. */
    public String secretHash() {
        return ApiKeySecret.hash(apiKey);
    }
}
