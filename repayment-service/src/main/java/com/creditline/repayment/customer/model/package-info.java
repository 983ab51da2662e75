/**
 * A customer's standing across plans, plain Java: days past due ({@code DaysPastDue}, of the oldest
 * unpaid installment), the arrears those installments make up, and the on-time streak.
 */
package com.creditline.repayment.customer.model;
