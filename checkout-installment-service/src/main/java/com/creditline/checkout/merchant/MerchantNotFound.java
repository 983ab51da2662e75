package com.creditline.checkout.merchant;

import com.creditline.common.error.NotFound;

/** No merchant has that id. */
class MerchantNotFound extends NotFound {

    MerchantNotFound(String merchantId) {
        super("No merchant has the id '" + merchantId + "'.");
    }
}
