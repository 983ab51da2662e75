/**
 * Collections cases at work: the repository, the handlers of the repayment service's delinquency
 * and payment events that open, move and cure cases (with the freeze and charge-off events through
 * the outbox), the escalation that schedules contact attempts, the promise tracking, and the API.
 * The rules themselves are in {@code cases.model}.
 */
package com.creditline.collections.cases;
