package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;

/** An approved customer gets a line: the limit, grade and pricing tier risk scoring recommended. */
public record OpeningCreditLine(
        CustomerId customerId, Money limit, String grade, String pricingTier, String actor, String reason) {}
