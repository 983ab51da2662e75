/**
 * A customer's standing across plans: days past due ({@code DaysPastDue}, of the oldest unpaid
 * installment) and what is overdue (published as DelinquencyChanged), and the on-time streak
 * (published as OnTimeStreakReached). The standing row is also the lock that serialises a
 * customer's payments and refunds with end of day.
 */
package com.creditline.repayment.customer;
