package com.creditline.checkout.partner.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import java.util.Objects;

/** A customer's consent to one partner, for a purpose, as recorded by {@code grantedBy}. */
public record LinkGrant(CustomerId customerId, PartnerId partnerId, String purpose, String grantedBy) {

    public LinkGrant {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(grantedBy, "grantedBy");
    }
}
