package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/** A credit officer raises a line between two business dates (both included), with a reason. */
public record AddingTemporaryRaise(
        CustomerId customerId, Money amount, LocalDate startsOn, LocalDate endsOn, String actor, String reason) {}
