package com.creditline.checkout.partner;

import com.creditline.common.error.NotFound;

/** The customer never linked their credit line to that partner. */
public class PartnerLinkNotFound extends NotFound {

    PartnerLinkNotFound() {
        super("The customer never linked their credit line to that partner.");
    }
}
