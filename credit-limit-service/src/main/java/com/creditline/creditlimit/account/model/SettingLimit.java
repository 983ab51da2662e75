package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;

/** A credit officer sets a line's permanent limit, with a reason. */
public record SettingLimit(CustomerId customerId, Money limit, String actor, String reason) {}
