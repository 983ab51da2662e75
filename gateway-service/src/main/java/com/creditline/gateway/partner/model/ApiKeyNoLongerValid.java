package com.creditline.gateway.partner.model;

import com.creditline.common.error.Conflict;

public class ApiKeyNoLongerValid extends Conflict {
    public ApiKeyNoLongerValid() {
        super("The key is revoked or expired; issue a new one instead.");
    }
}
