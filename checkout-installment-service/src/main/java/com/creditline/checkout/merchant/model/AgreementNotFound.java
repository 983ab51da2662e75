package com.creditline.checkout.merchant.model;

import com.creditline.common.error.NotFound;
import com.creditline.common.id.MerchantId;
import java.util.UUID;

/** The merchant has no agreement with that id. */
public class AgreementNotFound extends NotFound {

    AgreementNotFound(MerchantId merchantId, UUID agreementId) {
        super("Merchant '" + merchantId + "' has no subsidy agreement with the id " + agreementId + ".");
    }
}
