package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;

/** A credit officer or another service's rule moves a line to another status, with a reason. */
public record ChangingStatus(CustomerId customerId, AccountStatus status, String actor, String reason) {}
