package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.ApiKeySecret;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Tells whether an API key a partner presents is genuine and valid now. */
@Service
public class ApiKeyVerification {

    private final ApiKeys keys;

    ApiKeyVerification(ApiKeys keys) {
        this.keys = keys;
    }

    /** The key an API key string stands for, if it is genuine and valid now. */
    public Optional<ApiKey> verify(String apiKey, Instant now) {
        return ApiKeySecret.keyIdOf(apiKey)
                .flatMap(keys::withSecretHash)
                .filter(stored -> ApiKeySecret.matches(apiKey, stored.secretHash()))
                .map(ApiKeys.Stored::key)
                .filter(key -> key.isValidAt(now));
    }
}
