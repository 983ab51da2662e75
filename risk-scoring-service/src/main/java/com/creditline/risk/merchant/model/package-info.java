/**
 * The merchant loan's rules in plain Java: a merchant's daily sales, the features read from its
 * last 90 days, and how a grade and its sales size the merchant's line.
 */
package com.creditline.risk.merchant.model;
