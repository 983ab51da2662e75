package com.creditline.risk.merchant;

import com.creditline.common.error.NotFound;

class MerchantDecisionNotFound extends NotFound {

    MerchantDecisionNotFound() {
        super("No application of this merchant with this id.");
    }
}
