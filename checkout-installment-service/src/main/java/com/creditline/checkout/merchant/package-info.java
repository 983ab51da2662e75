/**
 * Merchants that sell on the credit line and their subsidy agreements: ops enrol a merchant with its
 * merchant discount rate and settlement account, add and end agreements, suspend it ({@code
 * MerchantRegistry}, every change recorded in {@code merchant_change}); checkout asks {@code
 * MerchantTerms} whether an order's merchant may sell, whether it pays a plan's fees, and at what
 * discount rate a capture is made. The rules are in {@code merchant.model}.
 */
package com.creditline.checkout.merchant;
