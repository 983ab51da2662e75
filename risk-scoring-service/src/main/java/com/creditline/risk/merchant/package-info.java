/**
 * Merchant loans (京小贷-style): a merchant's sales kept as its history, its profile, and its
 * applications for a line, decided on the merchant scorecard and told to the platform.
 */
package com.creditline.risk.merchant;
