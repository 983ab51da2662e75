package com.creditline.gateway.partner;

import com.creditline.common.error.NotFound;

class ApiKeyNotFound extends NotFound {
    ApiKeyNotFound() {
        super("The partner has no such API key.");
    }
}
