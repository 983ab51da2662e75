package com.creditline.risk.merchant;

import com.creditline.common.error.RuleViolation;

/** A day of sales that cannot be kept: dated after the business date, or sent twice in one request. */
class SalesDayUnacceptable extends RuleViolation {

    SalesDayUnacceptable(String detail) {
        super(detail);
    }
}
