package com.creditline.gateway.partner;

/** A new key with its secret: the only moment the secret is ever seen. */
public record IssuedKey(ApiKey key, String apiKey) {}
