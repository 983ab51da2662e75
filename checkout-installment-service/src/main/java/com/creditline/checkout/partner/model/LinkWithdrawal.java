package com.creditline.checkout.partner.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import java.util.Objects;

/** A customer taking their consent to a partner back, as recorded by {@code by}; the reason is optional. */
public record LinkWithdrawal(CustomerId customerId, PartnerId partnerId, String by, String reason) {

    public LinkWithdrawal {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(by, "by");
    }
}
