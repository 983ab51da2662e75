package com.creditline.repayment.merchant;

import com.creditline.common.error.NotFound;

/** No plan has financed a sale of this merchant: there is nothing to settle with it. */
public class MerchantNotBilled extends NotFound {

    MerchantNotBilled(String merchantId) {
        super("No financed sale of merchant '" + merchantId + "' is on the books.");
    }
}
