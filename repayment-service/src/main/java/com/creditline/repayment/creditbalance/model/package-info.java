/** A payout of a credit balance and the rules of its life: requested, then paid or failed once. */
package com.creditline.repayment.creditbalance.model;
