/**
 * Cash draws (京东金条-style): eligible customers draw cash from their line to a registered bank
 * account, repaid in monthly installments at a daily interest rate shown as an APR. The use cases,
 * repositories, the payout provider and the controllers around {@code cash.model}.
 */
package com.creditline.checkout.cash;
