package com.creditline.risk.merchant;

import com.creditline.common.error.NotFound;

class MerchantProfileNotFound extends NotFound {

    MerchantProfileNotFound() {
        super("No profile was sent for this merchant.");
    }
}
