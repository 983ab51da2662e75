/**
 * Funders and joint lending (助贷 / 联合贷款): the banks and consumer-finance companies that fund
 * plans with the platform's own lender, the policy that chooses a plan's funders and fixes their
 * shares when it opens, within each funder's exposure cap and daily quota, and each holder's share
 * of the money: fees by fee share, recoveries by the loss borne, guarantees, and the funders'
 * settlements (docs/funding.md).
 */
package com.creditline.repayment.funding;
