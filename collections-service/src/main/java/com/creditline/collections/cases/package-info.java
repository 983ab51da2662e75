/**
 * Collections cases: one per delinquent customer at a time, opened, moved between buckets and
 * cured by the repayment service's delinquency and payment events; escalation by the reminder
 * strategy, promises to pay that pause it, the account freeze at 90 days past due, the charge-off at
 * 180, and recoveries booked after it.
 */
package com.creditline.collections.cases;
