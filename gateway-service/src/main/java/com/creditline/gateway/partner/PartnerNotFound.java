package com.creditline.gateway.partner;

import com.creditline.common.error.NotFound;

class PartnerNotFound extends NotFound {
    PartnerNotFound() {
        super("No such partner.");
    }
}
