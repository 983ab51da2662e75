/**
 * The merchant model, plain Java and JPA: a {@code Merchant} with its discount rate and its {@code
 * SubsidyAgreement}s decides whether a plan may be 0% for the customer ({@code subsidyFor}) and what
 * discount a captured principal gives ({@code DiscountRate}); the refusals are facts ({@code
 * SubsidyNotAgreed}, {@code MerchantSuspended}, ...).
 */
package com.creditline.checkout.merchant.model;
