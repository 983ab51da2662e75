package com.creditline.checkout.merchant;

import com.creditline.common.error.Conflict;
import com.creditline.common.id.MerchantId;

/** A merchant's id is its name for good: registering it twice is refused, never an overwrite. */
class MerchantAlreadyRegistered extends Conflict {

    MerchantAlreadyRegistered(MerchantId merchantId) {
        super("A merchant with the id '" + merchantId + "' is registered already; change its terms instead.");
    }
}
