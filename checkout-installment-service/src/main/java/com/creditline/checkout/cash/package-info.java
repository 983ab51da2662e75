/**
 * Draws on a line, for two products: cash draws (京东金条-style: eligible customers draw cash from
 * their line to a registered bank account) and merchant draws (京小贷-style: an enrolled merchant draws
 * on its MERCHANT line, under {@code mch-<merchantId>}, to its settlement account, optionally repaid
 * from a share of its daily sales). Both are repaid in monthly installments at a daily interest rate
 * shown as an APR, through one draw, hold, payout and settlement machinery. The use cases,
 * repositories, the payout provider and the controllers around {@code cash.model}.
 */
package com.creditline.checkout.cash;
