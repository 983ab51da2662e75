/**
 * The risk reserve and the provisions for expected losses, kept after each end of day: a share of
 * the date's fee income into the reserve, the platform's charge-offs drawn from it, and the
 * allowance brought to what the delinquency buckets' loss rates require (docs/accounting.md).
 */
package com.creditline.repayment.reserve;
