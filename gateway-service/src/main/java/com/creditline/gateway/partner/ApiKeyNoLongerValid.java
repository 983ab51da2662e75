package com.creditline.gateway.partner;

import com.creditline.common.error.Conflict;

class ApiKeyNoLongerValid extends Conflict {
    ApiKeyNoLongerValid() {
        super("The key is revoked or expired; issue a new one instead.");
    }
}
