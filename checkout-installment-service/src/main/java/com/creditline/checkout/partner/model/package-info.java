/**
 * The partner link model, plain Java: a customer's consent to one partner, granted once and
 * withdrawn at most once.
 */
package com.creditline.checkout.partner.model;
