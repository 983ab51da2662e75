/**
 * A plan's credit balance back to the customer: paid out through the payout provider (a local
 * stand-in that confirms by itself, or the provider's answer), or applied to another of the
 * customer's plans; booked in the ledger and the journal either way.
 */
package com.creditline.repayment.creditbalance;
