package com.creditline.gateway.partner.model;

import com.creditline.common.error.NotFound;

public class PartnerNotFound extends NotFound {
    public PartnerNotFound() {
        super("No such partner.");
    }
}
