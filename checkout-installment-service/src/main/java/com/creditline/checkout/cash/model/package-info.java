/**
 * Cash draws' rules in plain Java: who may draw (CashEligibility), what a draw costs (CashPricing:
 * interest by the day, shown as an APR), the draw's life (CashDraw) and the bank accounts it is paid
 * to, whose personal data is sealed (PersonalDataSeal).
 */
package com.creditline.checkout.cash.model;
