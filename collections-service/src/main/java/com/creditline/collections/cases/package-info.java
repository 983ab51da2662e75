/**
 * Collections cases at work: the repository, the handlers of the repayment service's delinquency,
 * payment and charge-off events that open, move, cure and charge off cases (with the freeze request
 * through the outbox), the escalation that schedules contact attempts, the promise tracking, and
 * the API.
 * The rules themselves are in {@code cases.model}.
 */
package com.creditline.collections.cases;
