/**
 * End of day: for each business date, set-based over all plans, one step class per statement
 * ({@code DayClosing} runs them): installments unpaid after their due date become overdue, late
 * fees accrue after the grace period within the APR cap, customers' days past due move, reminders
 * go out; then the business date advances. Run from the admin endpoint or on a schedule. The rules
 * themselves live in the model ({@code LateFeePolicy}, {@code Plan}, {@code DaysPastDue}); a test
 * checks these statements against them.
 */
package com.creditline.repayment.endofday;
