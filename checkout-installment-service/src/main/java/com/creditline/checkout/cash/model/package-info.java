/**
 * Draws' rules in plain Java: who may draw cash (CashEligibility) and on a merchant line
 * (MerchantLoanEligibility), what a draw costs (CashPricing: interest by the day, shown as an APR;
 * MerchantLoanPricing: the same arithmetic at the merchant rates, with the sales sweep share's bounds),
 * the draw's life whatever its product (CashDraw) and the bank accounts cash is paid to, whose
 * personal data is sealed (PersonalDataSeal).
 */
package com.creditline.checkout.cash.model;
