/**
 * What the platform owes the merchants whose sales it finances (docs/accounting.md): at capture the
 * merchant's discount and, on a subsidised plan, the fees it pays in the customer's place are kept
 * back from its payable; refunds claw the refunded money back and give back the refunded share of
 * the discount and the subsidy; a daily settlement statement per merchant, tied to the journal.
 */
package com.creditline.repayment.merchant;
