/**
 * Keeping customers' standings: arrears measured before and after a change and published as
 * DelinquencyChanged, the on-time streak published as OnTimeStreakReached. The standing row is also
 * the lock that serialises a customer's payments and refunds with end of day. The standing itself
 * lives in {@code customer.model}.
 */
package com.creditline.repayment.customer;
