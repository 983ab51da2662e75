package com.creditline.checkout.webhook.model;

import java.util.Objects;

/** An endpoint set by ops, with the secret issued for it and who set it. */
public record EndpointSetting(String url, String secret, String by) {

    public EndpointSetting {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(by, "by");
    }
}
