package com.creditline.gateway.partner.model;

import com.creditline.common.error.NotFound;

public class ApiKeyNotFound extends NotFound {
    public ApiKeyNotFound() {
        super("The partner has no such API key.");
    }
}
