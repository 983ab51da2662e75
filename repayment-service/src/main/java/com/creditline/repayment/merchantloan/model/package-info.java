/**
 * A merchant's monthly loan statement, plain Java: one loan's month from its ledger entries (the
 * figures, which balance: opening + drawn - repaid - written off = closing principal, and each movement
 * of the month by date), and the sum over the merchant's loans.
 */
package com.creditline.repayment.merchantloan.model;
